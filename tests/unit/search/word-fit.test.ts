import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "@/lib/search/normalize";
import { FIELD_WEIGHT, type SearchDoc, type TermField } from "@/lib/search/types";
import { createWordFit } from "@/lib/search/word-fit";
import { buildWordIndex } from "@/lib/search/word-index";
import { PROPERTY_PARAMS } from "../support/hostile-strings";

const WEIGHT = FIELD_WEIGHT;

const makeDoc = (terms: [TermField, string][]): SearchDoc => ({
  kind: "cause",
  id: "x",
  href: "/",
  label: "x",
  detail: "",
  terms: terms.map(([field, norm]) => ({ field, text: norm, norm })),
});

function fits(docs: SearchDoc[], token: string) {
  const wordFit = createWordFit(docs, buildWordIndex(docs));
  const out: [number, number, number][] = [];
  const found = wordFit(token, (d, q, ti) => out.push([d, Math.round(q * 1000) / 1000, ti]));
  return { found, out: out.sort((a, b) => a[0] - b[0]) };
}

/** The plain reading of the rules, term by term with indexOf, to check the index-driven one against. */
function reference(docs: SearchDoc[], token: string): [number, number, number][] {
  const quality = (norm: string, piece: string) => {
    const at = norm.indexOf(piece);
    if (at < 0) return 0;
    if (norm === piece) return 1;
    if (` ${norm} `.includes(` ${piece} `)) return 0.9;
    // A Latin piece fits only a word it starts (line is not in decline).
    if (!/[\p{Script=Han}\p{Script=Hiragana}]/u.test(piece) && !` ${norm}`.includes(` ${piece}`)) return 0;
    const r = piece.length / norm.replace(/ /g, "").length;
    return at === 0 ? 0.75 + 0.2 * r : 0.6 + 0.3 * r;
  };
  const stem = /^(\p{Script=Han}{2,})\p{Script=Hiragana}+$/u.exec(token)?.[1];
  return docs.flatMap((doc, d) => {
    let best = 0;
    let bestTi = 0;
    doc.terms.forEach((t, ti) => {
      let q = quality(t.norm, token);
      if (q === 0 && stem) q = quality(t.norm, stem) * 0.85;
      q *= WEIGHT[t.field];
      if (q > best) [best, bestTi] = [q, ti];
    });
    return best > 0 ? [[d, Math.round(best * 1000) / 1000, bestTi] as [number, number, number]] : [];
  });
}

describe("createWordFit", () => {
  const docs = [
    makeDoc([["code", "pgse37"], ["title", "さばえら pgse37"]]),
    makeDoc([["name", "本人認証"], ["summary", "本人認証 ぱすわど 間違えて"]]),
    makeDoc([["title", "ぱすわどを 間違えた"], ["summary", "ぱすわど"]]),
    makeDoc([["title", "さばえら pgse38"]]),
  ];

  it("scores the same text 1, a whole word 0.9, a start and an inside less, times the field's weight", () => {
    expect(fits(docs, "pgse37").out).toEqual([[0, 1, 0]]);
    expect(fits(docs, "本人認証").out).toEqual([[1, 1, 0]]);
    // ぱすわど: a whole word of doc 1's summary (0.9 × 0.45); doc 2's title starts with it
    // (0.75 + 0.2 × 4/9, × 0.8) and beats its summary (1 × 0.45).
    expect(fits(docs, "ぱすわど").out).toEqual([
      [1, 0.405, 1],
      [2, 0.671, 0],
    ]);
    // The start of a later word: 0.6 + 0.3 × 2/10, × 0.8 (doc 0's code starts with it: 0.75 + 0.2 × 2/6).
    expect(fits(docs, "pg").out).toEqual([
      [0, 0.817, 0],
      [3, 0.528, 0],
    ]);
  });

  it("never fits a Latin piece inside another word (line is not in decline)", () => {
    expect(fits(docs, "se")).toEqual({ found: false, out: [] });
    expect(fits(docs, "37")).toEqual({ found: false, out: [] });
  });

  it("falls back to the kanji stem for a different ending, a little lower", () => {
    // 間違えた is in doc 2; doc 1 has 間違えて, found by 間違 (0.6 + 0.3 × 2/12, × 0.85 × 0.45).
    const { out } = fits(docs, "間違えた");
    expect(out.map(([d]) => d)).toEqual([1, 2]);
    expect(out[0]?.[1]).toBeCloseTo((0.6 + (0.3 * 2) / 12) * 0.85 * 0.45, 3);
  });

  it("says when nothing has the word", () => {
    expect(fits(docs, "nanaco")).toEqual({ found: false, out: [] });
  });

  it("agrees with reading every term, for any terms and words", () => {
    const text = fc.string({ unit: fc.constantFrom(..."abか間違え本人 "), maxLength: 10 });
    const field = fc.constantFrom<TermField>("code", "alias", "name", "keyword", "title", "summary");
    fc.assert(
      fc.property(fc.array(fc.array(fc.tuple(field, text), { maxLength: 4 }), { maxLength: 6 }), text, (raw, rawToken) => {
        const all = raw.map((terms) => makeDoc(terms.map(([f, t]) => [f, tokenize(t).join(" ")] as [TermField, string])));
        const token = rawToken.replace(/ /g, "");
        fc.pre(token !== "");
        expect(fits(all, token).out).toEqual(reference(all, token));
      }),
      PROPERTY_PARAMS,
    );
  });
});
