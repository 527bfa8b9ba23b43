import { UI_JA } from "@/lib/ui-text/ja";
import { describe, expect, it } from "vitest";
import { reasonText } from "@/components/search/reason-text";
import { createCanonicalizer } from "@/lib/search/canonicalize";
import { normalizeText } from "@/lib/search/normalize";
import { KANA_READINGS } from "@/lib/search/readings";
import { getSearchEngine } from "@/lib/search/server";
import { buildSynonymTable } from "@/lib/search/synonyms";

// People at a till type in hiragana what the catalog writes in kanji (げんど for 限度). The readings table
// folds each reading into what its written word folds to, in the index and in the query alike.
const table = buildSynonymTable();
const fold = createCanonicalizer(table);
const folded = (s: string) => fold(normalizeText(s));
const engine = getSearchEngine();
const readings = KANA_READINGS.flatMap(([written, ...kana]) => kana.map((reading) => [reading, written] as const));

describe("the readings in the synonym table", () => {
  it("fold a reading to what its written word folds to, through the synonym groups", () => {
    expect(folded("げんど")).toBe(folded("限度"));
    expect(folded("げんど")).toBe("上限");
    expect(folded("ざんだか")).toBe("残高");
    expect(folded("ていし")).toBe(folded("停止"));
    expect(folded("かーどがいしゃ")).toBe("かど 会社");
  });

  it("fold every reading like its written word", () => {
    for (const [reading, written] of readings) expect(folded(reading), reading).toBe(folded(written));
  });

  it("take the longest reading in a run of kana, and each word of a run", () => {
    expect(folded("りようげんど")).toBe(folded("利用限度"));
    expect(folded("ゆうこうきげん")).toBe("有効期限");
    // 足りない then folds to 不足 as a symptom word (残高不足 = 残高が足りない).
    expect(folded("ざんだかがたりない")).toBe("残高 が 不足");
  });

  it("leave 本人確認 alone: it is an identity check, not 3-D Secure's 本人認証", () => {
    expect(folded("本人確認")).toBe("本人確認");
    expect(folded("ほんにんかくにん")).toBe("本人確認");
    expect(folded("ほんにんにんしょう")).toBe("本人認証");
  });
});

describe("a reading in the engine", () => {
  const ranked = (q: string) => engine.search(q, 10).results.map((r) => `${r.kind}:${r.id} ${r.score}`);

  it.each(readings)("%s finds the same entries as %s, ranked the same", (reading, written) => {
    const want = ranked(written);
    expect(want.length).toBeGreaterThan(0);
    expect(ranked(reading)).toEqual(want);
  });

  it("never shows the typed reading as a catalog name in a reason", () => {
    for (const [reading] of readings)
      for (const r of engine.search(reading, 10).results)
        expect(reasonText(r.reason, UI_JA.search.reason), reading).not.toContain(`「${reading}`);
  });
});
