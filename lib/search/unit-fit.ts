import { tokenize } from "./normalize";
import { createScoreBoard } from "./score-board";
import { FIELD_WEIGHT, type SearchDoc } from "./types";
import { isJapaneseWord, japaneseUnits, unitWeight } from "./units";

/**
 * Fitting a Japanese query word to the terms of every entry by its units (see units.ts): a term's fit is
 * the share of the word's units it has, each unit counted by how rare it is in the catalog (idf), so
 * 「残高不足」 fits 「カードの残高（使える金額）が足りない」 by 残高 and 足 and the rare units weigh most.
 * Built once per engine from the terms' normalised text; a query word reads only the postings of its
 * own units, never every entry.
 */
export type UnitFit = {
  /** The terms (numbered as in the word index) having this unit, ascending. */
  termsWithUnit(unit: string): Int32Array;
  /** The word's weight as `fit` returns it, without fitting: 0 when no unit of it is anywhere. */
  weightOf(word: string): number;
  /**
   * True when every unit of the word is in a long list (かど, ない in a catalog of thousands): fitting it
   * reads most of the catalog. Never true in a small catalog.
   */
  isCommon(word: string): boolean;
  /**
   * Calls `visit` once per entry having some of the word's units, with its best term's quality (0 to 1,
   * times the field's weight) and that term's number; returns the word's weight (the idf of its rarest
   * unit found), 0 when no unit of it is anywhere.
   */
  fit(word: string, visit: (d: number, quality: number, term: number) => void): number;
};

const NO_TERMS = new Int32Array(0);

/** BM25's idf: rare units count most, a unit in every entry counts almost nothing. */
export const idf = (docCount: number, total: number): number => Math.log(1 + (total - docCount + 0.5) / (docCount + 0.5));

export function createUnitFit(docs: readonly SearchDoc[]): UnitFit {
  const termStart = new Int32Array(docs.length + 1);
  docs.forEach((doc, d) => (termStart[d + 1] = (termStart[d] ?? 0) + doc.terms.length));
  const termCount = termStart[docs.length] ?? 0;
  const docOf = new Int32Array(termCount);
  const weight = new Float64Array(termCount);
  // The term's text when it is one word: a query word equal to it fits it whole.
  const soleWord: string[] = new Array<string>(termCount).fill("");
  // How many units the term has: a word that is most of a short term fits it better than a long one.
  const unitCount = new Int32Array(termCount);

  const lists = new Map<string, number[]>();
  const docsWith = new Map<string, number>();
  docs.forEach((doc, d) => {
    const inDoc = new Set<string>();
    doc.terms.forEach((t, ti) => {
      const g = (termStart[d] ?? 0) + ti;
      docOf[g] = d;
      weight[g] = FIELD_WEIGHT[t.field];
      const words = tokenize(t.norm);
      if (words.length === 1) soleWord[g] = words[0] as string;
      const units = new Set(words.filter(isJapaneseWord).flatMap(japaneseUnits));
      unitCount[g] = units.size + words.filter((w) => !isJapaneseWord(w)).length;
      for (const u of units) {
        const list = lists.get(u);
        if (list) list.push(g);
        else lists.set(u, [g]);
        inDoc.add(u);
      }
    });
    for (const u of inDoc) docsWith.set(u, (docsWith.get(u) ?? 0) + 1);
  });
  const postings = new Map([...lists].map(([u, l]) => [u, Int32Array.from(l)]));
  const unitIdf = new Map([...docsWith].map(([u, n]) => [u, idf(n, docs.length)]));

  // A unit in more terms than this is common (a tenth of a big catalog; never in a small one).
  const longList = Math.max(2_000, termCount / 10);

  // Scratch, reused by every call.
  const terms = createScoreBoard(termCount);
  const acc = new Float64Array(termCount);
  const found = createScoreBoard(docs.length);
  const best = new Float64Array(docs.length);
  const bestTerm = new Int32Array(docs.length);

  function fit(word: string, visit: (d: number, quality: number, term: number) => void): number {
    const all = japaneseUnits(word);
    // Rarest first: a unit found in most terms (かど, ない) is then taken as present wherever the rarer
    // units of the word are, instead of reading its long list (in a big catalog, thousands of terms).
    const units = all.filter((u) => postings.has(u)).sort((a, b) => (postings.get(a)?.length ?? 0) - (postings.get(b)?.length ?? 0));
    if (units.length === 0) return 0;
    // A unit of the word that no entry has still counts against every entry (せきゅあ is not せきゅりてぃ).
    let total = (all.length - units.length) * idf(0, docs.length);
    let rarest = 0;
    let assumed = 0;
    terms.begin();
    for (const [i, u] of units.entries()) {
      const w = (unitIdf.get(u) ?? 0) * unitWeight(u);
      const list = postings.get(u) ?? NO_TERMS;
      total += w;
      rarest = Math.max(rarest, w);
      if (i > 0 && list.length > longList) {
        assumed += w;
        continue;
      }
      for (const g of list) {
        if (terms.first(g)) acc[g] = w;
        else acc[g] = (acc[g] ?? 0) + w;
      }
    }
    if (total <= 0) return 0;
    found.begin();
    for (const g of terms.seen()) {
      const share = Math.min(1, ((acc[g] ?? 0) + assumed) / total);
      // A whole match beats a part; a part counts less than its share (two of five units is weak); the
      // more of the term the word is, the better (as a word inside a short title beats a long summary).
      const most = Math.min(1, all.length / Math.max(1, unitCount[g] ?? 1));
      const q = (soleWord[g] === word ? 1 : (0.6 + 0.3 * most) * share ** 1.5) * (weight[g] ?? 0);
      const d = docOf[g] ?? 0;
      const ti = g - (termStart[d] ?? 0);
      if (found.first(d) || q > (best[d] ?? 0) || (q === best[d] && ti < (bestTerm[d] ?? 0))) {
        best[d] = q;
        bestTerm[d] = ti;
      }
    }
    for (const d of found.seen()) visit(d, best[d] ?? 0, bestTerm[d] ?? 0);
    return rarest;
  }

  const weightOf = (word: string) =>
    Math.max(0, ...japaneseUnits(word).map((u) => (postings.has(u) ? (unitIdf.get(u) ?? 0) * unitWeight(u) : 0)));
  const isCommon = (word: string) => {
    const units = japaneseUnits(word).filter((u) => postings.has(u));
    return units.length > 0 && units.every((u) => (postings.get(u)?.length ?? 0) > longList);
  };

  return { fit, weightOf, isCommon, termsWithUnit: (u) => postings.get(u) ?? NO_TERMS };
}
