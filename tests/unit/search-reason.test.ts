import { describe, expect, it } from "vitest";
import { reasonText } from "@/components/search/reason-text";
import { getCatalog } from "@/lib/catalog";
import { getSearchEngine } from "@/lib/search/server-index";

// Why a result matched, as people read it. The index also stores a kana reading of each service's and
// card company's name (「すりーでぃーせきゅあ」) so a name typed in kana is found; that reading is made
// for the machine, so a reason names the name it belongs to and says it matched by its reading.
const engine = getSearchEngine();
const catalog = getCatalog();
const serviceName = (id: string) => catalog.services.find((s) => s.id === id)?.name ?? "";
const issuerName = (id: string) => catalog.issuers.find((i) => i.id === id)?.names.ja ?? "";
const find = (q: string, key: string) => engine.search(q, 10).results.find((r) => `${r.kind}:${r.id}` === key);

describe("reason of a match through a name's kana reading", () => {
  it("names the service, not its reading, when the whole query is the reading", () => {
    const r = find("ななこ", "service:nanaco");
    expect(r?.reason).toEqual({ how: "exact", field: "name", term: "nanaco", reading: true });
    expect(r && reasonText(r.reason)).toBe("名前「nanaco」の読み方が一致");
  });

  it.each([
    ["すりーでぃーせきゅあ", "service:emv-3ds", serviceName("emv-3ds")],
    // The reading folds to 本人認証 like the query does, so the reading is what matched here too.
    ["ほんにんにんしょう", "service:emv-3ds", serviceName("emv-3ds")],
    ["えーゆーぺいかーど", "issuer:au-pay-card", issuerName("au-pay-card")],
    ["ぺいぺい", "issuer:paypay-card", issuerName("paypay-card")],
  ])("%s → %s says 名前「%s」の読み方", (q, key, name) => {
    const r = find(q, key);
    expect(name).not.toBe("");
    expect(r?.reason).toMatchObject({ field: "name", term: name, reading: true });
    expect(r && reasonText(r.reason)).toMatch(new RegExp(`^名前「${name.replace(/[()（）]/g, "\\$&")}」の読み方`));
  });

  it("names the service of a code or cause whose keyword matched by its reading", () => {
    const code = find("ななこ チャージ", "code:nanaco/pgse11");
    expect(code?.reason).toEqual({ how: "words", field: "keyword", term: "nanaco", reading: true });
    expect(code && reasonText(code.reason)).toBe("キーワード「nanaco」の読み方に語句が一致");
    const cause = find("えーゆーぺい", "cause:au-pay-general-checks");
    expect(cause && reasonText(cause.reason)).toBe("キーワード「au PAY」の読み方に語句が一致");
  });

  it("never shows a stored reading as if it were the name, for any service or card company", () => {
    const readings = [...catalog.services.flatMap((s) => (s.kana ? [s.kana] : [])), ...catalog.issuers.map((i) => i.names.kana)];
    expect(readings.length).toBeGreaterThan(20);
    for (const kana of readings) {
      const shown = engine.search(kana, 10).results.map((r) => reasonText(r.reason));
      expect(shown.length, kana).toBeGreaterThan(0);
      for (const line of shown) expect(line, kana).not.toContain(`「${kana}`);
    }
  });
});

describe("reason of other matches is unchanged", () => {
  it.each([
    ["PGSE37", "code:nanaco/pgse37", "コード「PGSE37」が一致"],
    ["nanaco", "service:nanaco", "名前「nanaco」が一致"],
    ["セゾン", "issuer:saison", "名前「セゾン」が一致"],
  ])("%s → %s: %s", (q, key, text) => {
    const r = find(q, key);
    expect(r?.reason.reading).toBe(false);
    expect(r && reasonText(r.reason)).toBe(text);
  });

  it("words the reading with every way of matching", () => {
    const name = { field: "name", term: "nanaco", reading: true } as const;
    expect(reasonText({ ...name, how: "words" })).toBe("名前「nanaco」の読み方に語句が一致");
    expect(reasonText({ ...name, how: "fuzzy" })).toBe("名前「nanaco」の読み方に似た語句");
    expect(reasonText({ ...name, term: "", how: "exact" })).toBe("名前の読み方が一致");
  });
});

describe("reason of a match through the synonym list, not through kana", () => {
  it.each(["3d", "emv", "本人認証", "3Dセキュア"])("%s names the 3-D Secure service without saying 読み方", (q) => {
    const r = find(q, "service:emv-3ds");
    expect(r?.reason).toMatchObject({ field: "name", term: serviceName("emv-3ds"), reading: false });
    expect(r && reasonText(r.reason)).not.toContain("読み方");
  });
});


describe("reason in plain words, or none", () => {
  it("gives no reason for words found in a title or summary: the result's own lines show them", () => {
    expect(reasonText({ how: "words", field: "title", term: "", reading: false })).toBe("");
    expect(reasonText({ how: "fuzzy", field: "summary", term: "", reading: false })).toBe("");
  });

  it("never quotes a protocol's field name", () => {
    for (const term of ["transStatusReason 13", '"transStatusReason":"13"', "challengeCancel 02"]) {
      const line = reasonText({ how: "exact", field: "alias", term, reading: false });
      expect(line, term).toBe("表記が一致");
    }
  });

  it("calls a near match near, not a corrected typo", () => {
    const line = reasonText({ how: "similar", field: "code", term: "PGSE37", reading: false });
    expect(line).toBe("コード「PGSE37」が近い");
    expect(line).not.toContain("補い");
  });
});
