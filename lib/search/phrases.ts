import { compactText, normalizeText, tokenize } from "./normalize";
import type { QueryWord } from "./query-words";
import { FIELD_WEIGHT, type SearchDoc, type SearchIndex } from "./types";
import { idf, type UnitFit } from "./unit-fit";
import { isJapaneseWord, japaneseUnits, spaceParticles } from "./units";
import type { WordIndex } from "./word-index";

/**
 * Words of a query that stand for one thing though they are several:
 *  - names of card companies and services written in several words (dカード, au PAY カード, モバイル
 *    Suica), found as one name, not as pieces (d, かど) that half the catalog has; a name is also the
 *    keyword of its service's codes and causes;
 *  - a synonym group's word of several words (かど 番号 for カード番号, 残高 不足), looked for together.
 */
export type Phrases = {
  /** The names found in the query (each: its entries and terms), the together-words, and the rest. */
  find(query: string, folded: string): { phrases: [number, number][][]; concepts: QueryWord[]; rest: string };
  /** Fits a together-word: the terms having its words one after the other; returns its weight. */
  fitTogether(head: string, visit: (d: number, quality: number, ti: number) => void): number;
};

export function createPhrases(docs: readonly SearchDoc[], synonyms: SearchIndex["synonyms"], wordIndex: WordIndex, unitFit: UnitFit): Phrases {
  const phraseTerms = new Map<string, [number, number][]>();
  docs.forEach((doc, d) =>
    doc.terms.forEach((t, ti) => {
      if (t.field !== "name" && t.field !== "keyword") return;
      const key = compactText(t.text);
      phraseTerms.set(key, [...(phraseTerms.get(key) ?? []), [d, ti]]);
    }),
  );
  const names = [...phraseTerms].flatMap(([key, hits]) => {
    const [d, ti] = hits[0] ?? [-1, -1];
    const words = tokenize(normalizeText(docs[d]?.terms[ti]?.text ?? ""));
    return words.length > 1 && key.length >= 3 ? [{ key, words, hits }] : [];
  });
  // The longest name first: 「au PAY カード」 is the card company, not the service au PAY and a カード.
  names.sort((a, b) => b.key.length - a.key.length);
  const heads = [...new Set(synonyms.map(([, c]) => c))].filter((c) => c.includes(" ")).sort((a, b) => b.length - a.length);
  const wordIds = new Map(wordIndex.words.map((w, id) => [w, id]));
  const at = (tokens: readonly string[], words: readonly string[]) => tokens.findIndex((_, i) => words.every((w, j) => tokens[i + j] === w));

  function find(query: string, folded: string) {
    let tokens = tokenize(folded);
    const phrases: [number, number][][] = [];
    const compact = tokens.join("");
    // A name is a run of whole typed words (楽天カード, d カード): 「au PAY カード登録」 holds au PAY and
    // カード登録, not the card company au PAY カード.
    const typed = spaceParticles(query).split(/\s+/).map(compactText).filter((w) => w !== "");
    const spans = new Set(typed.flatMap((_, i) => typed.slice(i).map((__, j) => typed.slice(i, i + j + 1).join(""))));
    for (const p of names) {
      if (!compact.includes(p.key) || !spans.has(p.key)) continue;
      const i = at(tokens, p.words);
      if (i < 0) continue;
      phrases.push(p.hits);
      tokens = [...tokens.slice(0, i), ...tokens.slice(i + p.words.length)];
    }
    const concepts: QueryWord[] = [];
    for (const head of heads) {
      const words = head.split(" ");
      const i = at(tokens, words);
      if (i < 0) continue;
      concepts.push({ text: head, wholeOnly: false, together: true });
      tokens = [...tokens.slice(0, i), ...tokens.slice(i + words.length)];
    }
    return { phrases, concepts, rest: tokens.join(" ") };
  }

  // What a together-word fits depends on the catalog alone: it is worked out on first use and then
  // replayed (かど 会社 is in thousands of terms of a big catalog; checking each one's text per search
  // was most of such a search's time). Only the synonym list's words are kept, so the memo stays small.
  type Fitted = { docs: Int32Array; quality: Float64Array; terms: Int32Array; weight: number };
  const headSet = new Set(heads);
  const memo = new Map<string, Fitted>();

  function fitTogether(head: string, visit: (d: number, quality: number, ti: number) => void): number {
    let fitted = memo.get(head);
    if (!fitted) {
      fitted = fitOnce(head);
      if (headSet.has(head)) memo.set(head, fitted);
    }
    for (let i = 0; i < fitted.docs.length; i++) visit(fitted.docs[i] ?? 0, fitted.quality[i] ?? 0, fitted.terms[i] ?? 0);
    return fitted.weight;
  }

  function fitOnce(head: string): Fitted {
    const out = { docs: [] as number[], quality: [] as number[], terms: [] as number[] };
    // Only terms on the shortest list of one of its words' units (or of a Latin word) can have it all;
    // units, as the catalog's text may add an ending to the last word (会社が).
    const lists = head.split(" ").flatMap((w) =>
      isJapaneseWord(w) ? japaneseUnits(w).map((u) => unitFit.termsWithUnit(u)) : [wordIndex.termsWith(wordIds.get(w) ?? -1)],
    );
    const candidates = lists.reduce((a, b) => (b.length < a.length ? b : a), lists[0] ?? new Int32Array(0));
    let last = -1;
    let bestQ = 0;
    let bestTi = 0;
    const flush = () => {
      if (last < 0) return;
      out.docs.push(last);
      out.quality.push(bestQ);
      out.terms.push(bestTi);
    };
    // Terms come document after document, so each entry's best term is found in one pass.
    for (const g of candidates) {
      const d = wordIndex.docOf[g] ?? 0;
      const ti = g - (wordIndex.termStart[d] ?? 0);
      const term = docs[d]?.terms[ti];
      // The last word may carry an ending or a particle in the catalog's text (上限 額を).
      if (!term || !` ${term.norm}`.includes(` ${head}`)) continue;
      const q = (term.norm === head ? 1 : 0.9) * FIELD_WEIGHT[term.field];
      if (d !== last) {
        flush();
        last = d;
        bestQ = q;
        bestTi = ti;
      } else if (q > bestQ) {
        bestQ = q;
        bestTi = ti;
      }
    }
    flush();
    const found = out.docs.length;
    return {
      docs: Int32Array.from(out.docs),
      quality: Float64Array.from(out.quality),
      terms: Int32Array.from(out.terms),
      weight: found > 0 ? idf(found, docs.length) : 0,
    };
  }

  return { find, fitTogether };
}
