import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "@/lib/search/normalize";
import { buildWordIndex } from "@/lib/search/word-index";
import { PROPERTY_PARAMS } from "../support/hostile-strings";

const doc = (...norms: string[]) => ({ terms: norms.map((norm) => ({ norm })) });

const docs = [
  doc("pgse37", "nanaco", "さばえら pgse37", ""),
  doc("本人認証 ぱすわど", "gmoぺいめんとげとうえい"),
  doc("𠮷野家 かど", "かど 会社"),
];

describe("buildWordIndex", () => {
  const index = buildWordIndex(docs);
  const wordsOf = (ids: ArrayLike<number>) => Array.from(ids, (id) => index.words[id]);
  /** [doc, term] of each term number. */
  const pairsOf = (terms: Int32Array) => Array.from(terms, (g) => [index.docOf[g], g - (index.termStart[index.docOf[g] ?? 0] ?? 0)]);

  it("lists each distinct word once, in order of first appearance", () => {
    expect(index.words).toEqual(["pgse37", "nanaco", "さばえら", "本人認証", "ぱすわど", "gmoぺいめんとげとうえい", "𠮷野家", "かど", "会社"]);
  });

  it("finds the words containing a piece, including inside a longer word", () => {
    expect(wordsOf(index.wordsContaining("ぺいめんと"))).toEqual(["gmoぺいめんとげとうえい"]);
    expect(wordsOf(index.wordsContaining("pgse37"))).toEqual(["pgse37"]);
    expect(wordsOf(index.wordsContaining("a"))).toEqual(["nanaco"]);
    expect(wordsOf(index.wordsContaining("認証"))).toEqual(["本人認証"]);
    expect(index.wordsContaining("pgse38")).toEqual([]);
    expect(index.wordsContaining("")).toEqual([]);
    // Across two words of one term is not inside one word.
    expect(index.wordsContaining("えらpg")).toEqual([]);
  });

  it("lists the terms having a word, each once, with their document and first word", () => {
    const id = index.words.indexOf("pgse37");
    expect(pairsOf(index.termsWith(id))).toEqual([
      [0, 0],
      [0, 2],
    ]);
    expect(pairsOf(index.termsWith(index.words.indexOf("かど")))).toEqual([
      [2, 0],
      [2, 1],
    ]);
    expect(index.termsWith(-1)).toHaveLength(0);
    expect(index.termsWith(index.words.length)).toHaveLength(0);
    const g = (index.termStart[0] ?? 0) + 2;
    expect(index.words[index.firstWord[g] ?? -1]).toBe("さばえら");
    // The empty term has no words.
    expect(index.firstWord[(index.termStart[0] ?? 0) + 3]).toBe(-1);
  });

  it("finds words by one character, also outside the basic plane", () => {
    expect(wordsOf(index.wordsWithChar("𠮷"))).toEqual(["𠮷野家"]);
    expect(wordsOf(index.wordsWithChar("か"))).toEqual(["かど"]);
    expect(index.wordsWithChar("x")).toHaveLength(0);
  });

  it("agrees with checking every word, for any words and pieces", () => {
    const text = fc.string({ unit: fc.constantFrom(..."abかきく本人 "), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.array(text, { maxLength: 4 }), { maxLength: 6 }), text, (raw, rawPiece) => {
        const norms = raw.map((terms) => terms.map((t) => tokenize(t).join(" ")));
        const built = buildWordIndex(norms.map((n) => doc(...n)));
        const piece = rawPiece.replace(/ /g, "");
        const expected = built.words.flatMap((w, id) => (piece !== "" && w.includes(piece) ? [id] : []));
        expect(built.wordsContaining(piece)).toEqual(expected);
        // Every term with a word is listed under it, and no other.
        built.words.forEach((w, id) => {
          const want = norms.flatMap((terms, d) => terms.flatMap((t, ti) => (tokenize(t).includes(w) ? [[d, ti]] : [])));
          const got = Array.from(built.termsWith(id), (g) => [built.docOf[g], g - (built.termStart[built.docOf[g] ?? 0] ?? 0)]);
          expect(got).toEqual(want);
        });
      }),
      PROPERTY_PARAMS,
    );
  });
});
