import { describe, expect, it } from "vitest";
import { getSearchEngine } from "@/lib/search/server";
import { createSynonymParts } from "@/lib/search/synonym-parts";
import { buildSynonymTable } from "@/lib/search/synonyms";

// The synonym table folds a whole name (EMV 3-D Secure, すりーでぃーせきゅあ) into its group's word, so
// the name's parts and beginnings are words of nothing in the index. A query word found nowhere that is
// such a part means the group's word.
describe("createSynonymParts", () => {
  const parts = createSynonymParts(buildSynonymTable([["本人認証", "EMV 3-D Secure", "すりーでぃーせきゅあ", "Mastercard ID Check"]]));
  const groups = (token: string) => parts(token).map((p) => `${p.canonical} ${p.factor}`);

  it("finds the group of a word of a name, more surely than of its start", () => {
    expect(groups("3d")).toEqual(["本人認証 0.9"]);
    expect(groups("emv")).toEqual(["本人認証 0.9"]);
    expect(groups("すりでい")).toEqual(["本人認証 0.8"]);
    expect(groups("masterc")).toEqual(["本人認証 0.8"]);
    // The whole name typed without spaces, or its start.
    expect(groups("emv3dsec")).toEqual(["本人認証 0.8"]);
    // A query of several words that starts the name.
    expect(groups("mastercard id ch")).toEqual(["本人認証 0.8"]);
  });

  it("needs three kana to take a start, and never takes a piece from inside a word", () => {
    expect(groups("すり")).toEqual([]);
    expect(groups("でぃ")).toEqual([]);
    expect(groups("astercard")).toEqual([]);
    expect(groups("ぱすわど")).toEqual([]);
  });

  it("answers for every group that has the word, each once", () => {
    const two = createSynonymParts(buildSynonymTable([["ろつく", "ろっくあうと"], ["本人認証", "ろっくしすてむ"]]));
    expect(two("ろつく").map((p) => p.canonical).sort()).toEqual(["ろつく", "本人認証"]);
  });
});

describe("a part of a folded synonym in the engine", () => {
  const engine = getSearchEngine();
  const first = (q: string) => engine.search(q, 10).results[0];

  it("finds 3-D Secure by a part of its name, without typo corrections to card companies", () => {
    for (const q of ["emv", "EMV", "3D", "3d"]) {
      const results = engine.search(q, 10).results;
      expect(results[0]?.id, q).toBe("emv-3ds");
      expect(results.filter((r) => r.kind === "issuer" || r.reason.how === "fuzzy"), q).toEqual([]);
    }
  });

  it("takes a query that starts a name of several words as that name, not as its pieces", () => {
    // Word by word, 「se」 is inside Seven Card and PGSE37.
    for (const q of ["3D Se", "Mastercard ID Ch", "verified by"]) expect(first(q)?.id, q).toBe("emv-3ds");
  });

  it("ranks a start below a word, and a word below the whole name", () => {
    const whole = first("すりーでぃーせきゅあ")?.score ?? 0;
    const word = first("3d")?.score ?? 0;
    const start = first("すりーでぃー")?.score ?? 0;
    expect(first("すりーでぃー")?.id).toBe("emv-3ds");
    expect(whole).toBeGreaterThan(word);
    expect(word).toBeGreaterThan(start);
  });
});
