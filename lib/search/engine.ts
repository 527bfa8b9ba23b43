import { containsCardNumber } from "./card-number";
import { createCanonicalizer } from "./canonicalize";
import { createCloseWords } from "./close-words";
import { createCodeMatcher } from "./code-matcher";
import { DEFAULT_RESULT_LIMIT, clampQuery } from "./limits";
import { compactText, extractCodeCandidates, normalizeText, tokenize } from "./normalize";
import { createScoreBoard } from "./score-board";
import { createSynonymParts } from "./synonym-parts";
import { topK } from "./top-k";
import type { MatchHow, MatchReason, SearchDoc, SearchIndex, SearchKind, SearchOutcome, SearchResult } from "./types";
import { createWordFit } from "./word-fit";
import { buildWordIndex } from "./word-index";

/**
 * The search engine over a SearchIndex. Three stages, strongest first:
 *  1. exact: the whole query, or a code pulled out of it, is a code, alias or name (a Map lookup);
 *  2. similar codes: a code one or two keystrokes away (edit distance with swaps, so PGES37 → PGSE37);
 *  3. words: each query word found in the entry's normalised terms (with a kanji-stem fallback for
 *     okurigana), and fuse.js for words found nowhere (typos in names and words).
 * Scores: exact 90–100, similar code 34–50, words up to 40. Pure; never throws.
 *
 * Speed: no stage reads every entry. Words are looked up in an inverted index built here (word-index),
 * similar codes pass cheap lower bounds before an edit distance (code-matcher), fuzzy candidates come from
 * the words sharing the typed characters, and per-entry scores live in typed arrays reused by every
 * search, so a query over 10,000 entries stays within a few milliseconds.
 */

// Score bands of the stages, so an exact code always beats a fuzzy word.
const SCORE_EXACT_WHOLE = 100;
const SCORE_EXACT_PART = 90;
const SCORE_SIMILAR = 50;
const SCORE_WORDS = 40;
/** Longest word given to fuse.js, and most words of a query looked at. */
const MAX_FUZZY_WORD = 12;
const MAX_WORDS = 8;
/**
 * Most words handed to fuse.js for one typo (the ones sharing most characters): Bitap costs ≈10 µs per
 * word, and a big catalog has hundreds of words sharing a few common kana.
 */
const MAX_FUZZY_CANDIDATES = 48;
/** Most codes pulled out of one query that are looked for one or two keystrokes away. */
const MAX_SIMILAR_CANDIDATES = 8;
/** Results below this are noise (a stray syllable matching a long summary). */
const MIN_SCORE = 9;

const KIND_ORDER: Record<SearchKind, number> = { code: 0, issuer: 1, service: 2, cause: 3 };
/**
 * Words (not a code) describe a situation: a cause or a service explains it for every code, so they
 * rank above single codes that happen to use the same words. A typed code still wins by the exact stage.
 */
const KIND_WORD_WEIGHT: Record<SearchKind, number> = { code: 0.8, issuer: 1, service: 1, cause: 1 };

// Particles and endings that carry no meaning alone once a query is split into words.
const STOP_WORDS = new Set(["から", "まで", "です", "ます", "した", "ない", "する", "こと", "ため", "ので", "ている", "てる"]);
// One letter or kana matches almost everything; one kanji (額, 券) still means something.
const keepToken = (t: string) => !((t.length === 1 && !/^\p{Script=Han}$/u.test(t)) || STOP_WORDS.has(t));

/** A query typed in kana only (with ー and spaces): then a match through a reading is worth saying. */
const KANA_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}ー ]+$/u;

export type SearchEngine = {
  search(query: unknown, limit?: number): SearchOutcome;
  /** Codes closest to the query, for a "did you mean" list when nothing matched. */
  nearestCodes(query: unknown, count?: number): SearchResult[];
  readonly size: number;
};

const HOWS: readonly MatchHow[] = ["exact", "similar", "words", "fuzzy"];
const EXACT = 0;
const SIMILAR = 1;
const WORDS = 2;
const FUZZY = 3;

export function createSearchEngine(index: SearchIndex): SearchEngine {
  const docs = index.docs;
  const exact = new Map(index.exact);
  const canonical = createCanonicalizer(index.synonyms);
  const synonymParts = createSynonymParts(index.synonyms);
  const codes = createCodeMatcher(
    docs.flatMap((doc, d) =>
      doc.kind === "code"
        ? doc.terms.flatMap((t, ti) => (t.field === "code" ? [{ d, ti, key: compactText(t.text) }] : []))
        : [],
    ),
  );
  const wordIndex = buildWordIndex(docs);
  const wordFit = createWordFit(docs, wordIndex);
  const closeWords = createCloseWords(wordIndex, { maxWord: MAX_FUZZY_WORD + 2, maxCandidates: MAX_FUZZY_CANDIDATES });

  const toResult = (d: number, score: number, reason: MatchReason): SearchResult => {
    const doc = docs[d] as SearchDoc;
    return { kind: doc.kind, id: doc.id, href: doc.href, label: doc.label, detail: doc.detail, score, reason };
  };

  const reasonFor = (d: number, ti: number, how: MatchHow, kanaQuery = false): MatchReason => {
    const terms = docs[d]?.terms;
    const t = terms?.[ti];
    const field = t?.field ?? "title";
    // A kana reading is made for matching, not for reading: the name it reads (the term before) is shown.
    // "By its reading" is said only when the person typed kana: 3d or 本人認証 reach the same reading
    // through the synonym list, and for them the name itself is what they typed.
    const viaReading = t?.reading === true;
    const reading = viaReading && kanaQuery;
    const shown = viaReading ? terms?.[ti - 1] : t;
    // Titles and summaries are long and already on screen; only short terms are repeated.
    const term = shown && (field === "code" || field === "alias" || field === "name" || field === "keyword") ? shown.text : "";
    return { how, field, term, reading };
  };

  // Scratch of one search. Best score per entry, and the term and stage that gave it.
  const best = createScoreBoard(docs.length);
  const bestScore = new Float64Array(docs.length);
  const bestTerm = new Int32Array(docs.length);
  const bestHow = new Uint8Array(docs.length);
  const offer = (d: number, score: number, ti: number, how: number) => {
    if (best.first(d) || score > (bestScore[d] ?? 0)) {
      bestScore[d] = score;
      bestTerm[d] = ti;
      bestHow[d] = how;
    }
  };
  // The word stage: the sum over query words of each entry's best term quality, and its best single term.
  const words = createScoreBoard(docs.length);
  const wordSum = new Float64Array(docs.length);
  const wordTop = new Float64Array(docs.length);
  const wordTerm = new Int32Array(docs.length);
  const wordHow = new Uint8Array(docs.length);

  /** Adds one query word's fit (times `factor`) to every entry having it; false when none does. */
  function scoreWord(token: string, factor: number, how: number): boolean {
    return wordFit(token, (d, quality, ti) => {
      const q = quality * factor;
      if (words.first(d)) {
        wordSum[d] = q;
        wordTop[d] = q;
        wordTerm[d] = ti;
        wordHow[d] = how;
      } else {
        wordSum[d] = (wordSum[d] ?? 0) + q;
        if (q > (wordTop[d] ?? 0)) {
          wordTop[d] = q;
          wordTerm[d] = ti;
          wordHow[d] = how;
        }
      }
    });
  }

  /** Scores the group words `token` is a part of; a group word of several words shares the factor. */
  function scoreSynonymParts(token: string): boolean {
    let found = false;
    for (const { canonical: group, factor } of synonymParts(token)) {
      const groupWords = tokenize(group);
      for (const w of groupWords) found = scoreWord(w, factor / groupWords.length, WORDS) || found;
    }
    return found;
  }

  function wordStage(tokens: string[]) {
    if (tokens.length === 0) return;
    words.begin();
    for (const token of tokens) {
      if (scoreWord(token, 1, WORDS)) continue;
      // Found nowhere, maybe because the synonym table folded the name it is part of (3d of 3Dセキュア,
      // すりでい of すりーでぃーせきゅあ): it then means the group's word. Found so, it is no typo.
      if (scoreSynonymParts(token)) continue;
      // Codes (with digits) are corrected by the similar-code stage; very long words are no typo of ours.
      if (token.length < 2 || token.length > MAX_FUZZY_WORD || /\d/.test(token)) continue;
      // Nothing has this word: try the closest real words (typos, a different okurigana).
      closeWords(token).forEach((w, rank) => scoreWord(w, 0.7 - 0.1 * rank, FUZZY));
    }
    for (const d of words.seen()) {
      const score = (SCORE_WORDS * (wordSum[d] ?? 0) * KIND_WORD_WEIGHT[(docs[d] as SearchDoc).kind]) / tokens.length;
      offer(d, score, wordTerm[d] ?? 0, wordHow[d] ?? WORDS);
    }
  }

  /** Higher score first, then codes before card companies, services and causes, then index order. */
  const before = (da: number, db: number) =>
    (bestScore[db] ?? 0) - (bestScore[da] ?? 0) ||
    KIND_ORDER[(docs[da] as SearchDoc).kind] - KIND_ORDER[(docs[db] as SearchDoc).kind] ||
    da - db;

  function search(input: unknown, limit: number = DEFAULT_RESULT_LIMIT): SearchOutcome {
    try {
      const query = clampQuery(input);
      if (containsCardNumber(query)) return { query: "", blocked: true, results: [] };
      const norm = normalizeText(query);
      if (norm === "") return { query, blocked: false, results: [] };
      best.begin();

      const whole = exact.get(norm.replace(/ /g, "")) ?? [];
      for (const [d, ti] of whole) offer(d, SCORE_EXACT_WHOLE, ti, EXACT);
      let similar = 0;
      for (const c of extractCodeCandidates(query)) {
        const hits = exact.get(c);
        if (hits) {
          for (const [d, ti] of hits) offer(d, SCORE_EXACT_PART, ti, EXACT);
          continue;
        }
        if (c.length < 4 || ++similar > MAX_SIMILAR_CANDIDATES) continue;
        const max = c.length <= 5 ? 1 : 2;
        codes.within(c, max, ({ d, ti }, dist) => offer(d, SCORE_SIMILAR - (dist - 1) * 16, ti, SIMILAR));
      }

      // A few words say what people look for; more only cost time (a pasted paragraph). When the whole
      // query is a code as printed (エラー詳細コード : 42G300000), its words would only add noise.
      if (!whole.some(([d]) => docs[d]?.kind === "code")) {
        const folded = canonical(norm);
        // A query that is the start of a synonym's name of several words, as typed so far (3d se,
        // mastercard id ch), is that name: word by word its pieces find other things (se → Seven Card).
        const typingName = folded === norm && norm.includes(" ") && synonymParts(norm).length > 0;
        wordStage(typingName ? [norm] : [...new Set(tokenize(folded).filter(keepToken))].slice(0, MAX_WORDS));
      }

      const kanaQuery = KANA_ONLY.test(norm);
      const results = topK(best.seen(), Math.max(0, limit), before, (d) => (bestScore[d] ?? 0) >= MIN_SCORE).map((d) =>
        toResult(d, Math.round((bestScore[d] ?? 0) * 100) / 100, reasonFor(d, bestTerm[d] ?? 0, HOWS[bestHow[d] ?? 0] ?? "exact", kanaQuery)),
      );
      return { query, blocked: false, results };
    } catch {
      // Defensive: a bug here must not break the page; the caller shows "no results".
      return { query: clampQuery(input), blocked: false, results: [] };
    }
  }

  function nearestCodes(input: unknown, count = 3): SearchResult[] {
    try {
      const query = clampQuery(input);
      if (containsCardNumber(query)) return [];
      const key = compactText(query).replace(/[^a-z0-9]/g, "");
      return codes.nearest(key, count, 8).map(({ code }) => toResult(code.d, 0, reasonFor(code.d, code.ti, "similar")));
    } catch {
      return [];
    }
  }

  return { search, nearestCodes, size: docs.length };
}
