import { createScoreBoard } from "./score-board";
import { FIELD_WEIGHT, type SearchDoc } from "./types";
import { isJapaneseWord } from "./units";
import type { WordIndex } from "./word-index";

/** 間違えた → 間違: kanji followed by kana endings, so 間違えた finds 間違えて. */
function kanjiStem(token: string): string | null {
  const m = /^(\p{Script=Han}{2,})\p{Script=Hiragana}+$/u.exec(token);
  return m?.[1] ?? null;
}

/**
 * How well a query word (`piece`) fits a term that has an indexed word containing it, 0 to 1: the term
 * is the piece 1, the piece is one of the term's words 0.9, the term starts with it 0.75–0.95, a later
 * word starts with it (or, for a Japanese piece, it is inside one) 0.6–0.9 (a longer piece of a shorter
 * term fits better). Called once per [word, term] pair: a
 * term with several words containing the piece takes the best, which is its quality as a whole.
 */
function fit(piece: string, whole: boolean, atStart: boolean, single: boolean, letters: number): number {
  if (whole) return single ? 1 : 0.9;
  const r = piece.length / letters;
  return atStart ? 0.75 + 0.2 * r : 0.6 + 0.3 * r;
}

/**
 * For one query word, each entry's best-fitting term (fit × the field's weight) and its number, read
 * from the word index: only the terms of words containing the query word (or its kanji stem) are looked
 * at. Calls `visit` once per entry found; returns false when there is none.
 */
export type WordFit = (
  token: string,
  visit: (d: number, quality: number, term: number) => void,
  /** Only terms having the word itself (a piece of a longer typed word is no start of a name). */
  wholeOnly?: boolean,
) => boolean;

export function createWordFit(docs: readonly SearchDoc[], index: WordIndex): WordFit {
  // What fit() needs of each term (numbered as in the word index), computed once.
  const allTerms = docs.flatMap((doc) => doc.terms);
  const letters = Int32Array.from(allTerms, (t) => t.norm.replace(/ /g, "").length);
  const single = Uint8Array.from(allTerms, (t) => (t.norm !== "" && !t.norm.includes(" ") ? 1 : 0));
  const weight = Float64Array.from(allTerms, (t) => FIELD_WEIGHT[t.field]);
  const { termStart, docOf, firstWord, words } = index;

  // Scratch, reused by every call: the best per entry, and the terms that have the word itself.
  const found = createScoreBoard(docs.length);
  const best = new Float64Array(docs.length);
  const bestTerm = new Int32Array(docs.length);
  const withWord = createScoreBoard(allTerms.length);

  // A query word that is a whole indexed word is the common case: for each word, its best term per
  // entry is computed here once, so such a word reads one pair per entry instead of one per term.
  const wholeStart = new Int32Array(words.length + 1);
  const wholeDocs: number[] = [];
  const wholeTerms: number[] = [];
  const wholeQuality: number[] = [];
  words.forEach((_, id) => {
    let last = -1;
    for (const g of index.termsWith(id)) {
      const d = docOf[g] ?? 0;
      const q = fit("", true, false, single[g] === 1, 1) * (weight[g] ?? 0);
      // Term numbers ascend, so a document's terms come together, in order: the earlier wins a tie.
      if (d !== last) {
        wholeDocs.push(d);
        wholeTerms.push(g - (termStart[d] ?? 0));
        wholeQuality.push(q);
        last = d;
      } else if (q > (wholeQuality[wholeQuality.length - 1] ?? 0)) {
        wholeTerms[wholeTerms.length - 1] = g - (termStart[d] ?? 0);
        wholeQuality[wholeQuality.length - 1] = q;
      }
    }
    wholeStart[id + 1] = wholeDocs.length;
  });
  const wDoc = Int32Array.from(wholeDocs);
  const wTerm = Int32Array.from(wholeTerms);
  const wQuality = Float64Array.from(wholeQuality);

  /** Keeps the better of an entry's fits; ties go to the earlier (stronger) term. */
  function consider(d: number, q: number, ti: number) {
    if (found.first(d) || q > (best[d] ?? 0) || (q === best[d] && ti < (bestTerm[d] ?? 0))) {
      best[d] = q;
      bestTerm[d] = ti;
    }
  }

  /**
   * Fits `piece` to every term having an indexed word that contains it. `mark` remembers those terms
   * (a stem pass follows); `viaStem` skips them: a term with the word itself is scored by it, and only
   * terms without it fall back to the stem.
   */
  function scorePiece(piece: string, factor: number, mark: boolean, viaStem: boolean, wholeOnly: boolean) {
    const latin = !isJapaneseWord(piece);
    for (const id of index.wordsContaining(piece)) {
      const w = words[id] as string;
      const whole = w === piece;
      if (wholeOnly && !whole) continue;
      if (whole && !mark && !viaStem) {
        const end = wholeStart[id + 1] ?? 0;
        for (let i = wholeStart[id] ?? end; i < end; i++) consider(wDoc[i] ?? 0, (wQuality[i] ?? 0) * factor, wTerm[i] ?? 0);
        continue;
      }
      const prefix = w.startsWith(piece);
      // A Latin piece inside another word is another word (line is not in decline, pin not in shopping),
      // as the synonym list has it: only a whole word or a word's start (being typed) fits.
      if (!whole && !prefix && latin) continue;
      for (const g of index.termsWith(id)) {
        if (mark) withWord.first(g);
        else if (viaStem && withWord.has(g)) continue;
        const d = docOf[g] ?? 0;
        const q = fit(piece, whole, prefix && firstWord[g] === id, single[g] === 1, letters[g] ?? 1) * factor * (weight[g] ?? 0);
        consider(d, q, g - (termStart[d] ?? 0));
      }
    }
  }

  return (token, visit, wholeOnly = false) => {
    found.begin();
    withWord.begin();
    const stem = wholeOnly ? null : kanjiStem(token);
    scorePiece(token, 1, stem !== null, false, wholeOnly);
    if (stem) scorePiece(stem, 0.85, false, true, false);
    const hits = found.seen();
    for (const d of hits) visit(d, best[d] ?? 0, bestTerm[d] ?? 0);
    return hits.length > 0;
  };
}
