import { UI_JA } from "@/lib/ui-text/ja";
import { describe, expect, it } from "vitest";
import { reasonText } from "@/components/search/reason-text";
import { getCatalog } from "@/lib/catalog";
import { getSearchEngine } from "@/lib/search/server";
import { TERM_FIELDS, type MatchHow } from "@/lib/search/types";
import { SEARCH_GOLDEN } from "../fixtures/search-golden";
import { SEARCH_HELD_OUT } from "../fixtures/search-held-out";

// Why a result matched, as people read it: plain words or nothing. The index also stores a kana reading
// of each service's and card company's name (「すりーでぃーせきゅあ」) so a name typed in kana is found;
// that reading is made for the machine, so a reason names the name it belongs to.
const engine = getSearchEngine();
const catalog = getCatalog();
const serviceName = (id: string) => catalog.services.find((s) => s.id === id)?.name ?? "";
const issuerName = (id: string) => catalog.issuers.find((i) => i.id === id)?.names.ja ?? "";
const find = (q: string, key: string) => engine.search(q, 10).results.find((r) => `${r.kind}:${r.id}` === key);
const allQueries = [...SEARCH_GOLDEN.map((g) => g.q), ...SEARCH_HELD_OUT.flatMap((g) => g.cases.map((c) => c.q))];

describe("reason of a match through a name's kana reading", () => {
  it("names the service, not its reading, when the whole query is the reading", () => {
    const r = find("ななこ", "service:nanaco");
    expect(r?.reason).toEqual({ how: "exact", field: "name", term: "nanaco", reading: true });
    expect(r && reasonText(r.reason, UI_JA.search.reason)).toBe("「nanaco」の読み方と一致");
  });

  it.each([
    ["すりーでぃーせきゅあ", "service:emv-3ds", serviceName("emv-3ds")],
    // The reading folds to 本人認証 like the query does, so the reading is what matched here too.
    ["ほんにんにんしょう", "service:emv-3ds", serviceName("emv-3ds")],
    ["えーゆーぺいかーど", "issuer:au-pay-card", issuerName("au-pay-card")],
    ["ぺいぺい", "issuer:paypay-card", issuerName("paypay-card")],
  ])("%s → %s says 「%s」の読み方", (q, key, name) => {
    const r = find(q, key);
    expect(name).not.toBe("");
    expect(r?.reason).toMatchObject({ field: "name", term: name, reading: true });
    expect(r && reasonText(r.reason, UI_JA.search.reason)).toBe(`「${name}」の読み方と一致`);
  });

  it("names the service of a code or cause whose keyword matched by its reading", () => {
    const code = find("ななこ チャージ", "code:nanaco/pgse11");
    expect(code?.reason).toMatchObject({ field: "keyword", term: "nanaco", reading: true });
    expect(code && reasonText(code.reason, UI_JA.search.reason)).toBe("「nanaco」の読み方と一致");
    const cause = find("えーゆーぺい", "cause:au-pay-general-checks");
    expect(cause && reasonText(cause.reason, UI_JA.search.reason)).toBe("「au PAY」の読み方と一致");
  });

  it("never shows a stored reading as if it were the name, for any service or card company", () => {
    const readings = [...catalog.services.flatMap((s) => (s.kana ? [s.kana] : [])), ...catalog.issuers.map((i) => i.names.kana)];
    expect(readings.length).toBeGreaterThan(20);
    for (const kana of readings) {
      const shown = engine.search(kana, 10).results.map((r) => reasonText(r.reason, UI_JA.search.reason));
      expect(shown.length, kana).toBeGreaterThan(0);
      for (const line of shown) expect(line, kana).not.toContain(`「${kana}`);
    }
  });
});

describe("reason of other matches", () => {
  it.each([
    ["PGSE37", "code:nanaco/pgse37", "「PGSE37」と一致"],
    ["サーバーエラー:PGSE37", "code:nanaco/pgse37", "画面の表示「サーバーエラー:PGSE37」と一致"],
    ["nanaco", "service:nanaco", "名前「nanaco」と一致"],
    ["セゾン", "issuer:saison", "名前「セゾン」と一致"],
    ["PGES37", "code:nanaco/pgse37", "形の近いコード"],
  ])("%s → %s: %s", (q, key, text) => {
    const r = find(q, key);
    expect(r?.reason.reading).toBe(false);
    expect(r && reasonText(r.reason, UI_JA.search.reason)).toBe(text);
  });

  it("calls the start of a code being typed its start, not a corrected typo", () => {
    const r = find("PGSE3", "code:nanaco/pgse37");
    expect(r?.reason.how).toBe("start");
    expect(r && reasonText(r.reason, UI_JA.search.reason)).toBe("「PGSE37」の始まりと一致");
  });

  it("says nothing for words found in a title or a description: the result's own lines show them", () => {
    const r = find("残高不足", "cause:card-balance-insufficient");
    expect(r?.reason.field).toMatch(/^(title|summary|step)$/);
    expect(r && reasonText(r.reason, UI_JA.search.reason)).toBe("");
  });

  it("never names a protocol field (transStatusReason, challengeCancel…) in the reason line", () => {
    for (const q of ["transStatusReason 13", "transStatus=N", "challengeCancel 01", '"transStatusReason":"01"', "reason 05"]) {
      for (const r of engine.search(q, 5).results)
        expect(reasonText(r.reason, UI_JA.search.reason), q).not.toMatch(/trans ?status|challenge ?cancel|pares/i);
    }
  });

  it("words every kind of match without editor's words, for every field", () => {
    const hows: MatchHow[] = ["exact", "start", "similar", "words", "fuzzy"];
    for (const how of hows)
      for (const field of TERM_FIELDS)
        for (const reading of [false, true])
          for (const term of ["", "PGSE37"]) {
            const text = reasonText({ how, field, term, reading }, UI_JA.search.reason);
            expect(text).not.toMatch(/タイトル|語句|説明|キーワード|補いました|表記/);
          }
  });

  it("on every query of both tables, no reason line repeats a protocol name or an editor's word", () => {
    for (const q of allQueries)
      for (const r of engine.search(q, 8).results)
        expect(reasonText(r.reason, UI_JA.search.reason), q).not.toMatch(/タイトル|語句|補いました|transStatus|challengeCancel/);
  });
});

describe("reason of a match through the synonym list, not through kana", () => {
  it.each(["3d", "emv", "本人認証", "3Dセキュア"])("%s names the 3-D Secure service without saying 読み方", (q) => {
    const r = find(q, "service:emv-3ds");
    expect(r?.reason).toMatchObject({ field: "name", term: serviceName("emv-3ds"), reading: false });
    expect(r && reasonText(r.reason, UI_JA.search.reason)).not.toContain("読み方");
  });
});
