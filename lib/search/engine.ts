import { codeHref } from "../web/links";
import { UI } from "../ui-text";
import { containsCardNumber } from "./card-number";
import { createCanonicalizer } from "./canonicalize";
import { createCloseWords } from "./close-words";
import { createCodeStage } from "./code-stage";
import { DEFAULT_RESULT_LIMIT, clampQuery } from "./limits";
import { compactText, normalizeText, tokenize } from "./normalize";
import { createPhrases } from "./phrases";
import { queryWords, type QueryWord } from "./query-words";
import { createScoreBoard } from "./score-board";
import { createSynonymParts } from "./synonym-parts";
import { topK } from "./top-k";
import {
  FIELD_WEIGHT,
  HOW,
  MATCH_HOWS,
  type MatchHow,
  type MatchReason,
  type SearchDoc,
  type SearchIndex,
  type SearchKind,
  type SearchOutcome,
  type SearchResult,
} from "./types";
import { createUnitFit, idf } from "./unit-fit";
import { isJapaneseWord, spaceParticles } from "./units";
import { createWordFit } from "./word-fit";
import { buildWordIndex } from "./word-index";

/**
 * The search engine over a SearchIndex. Three stages, strongest first:
 *  1. exact: the whole query, or a code pulled out of it, is a code, alias or name (a Map lookup);
 *  2. codes of the same shape: a code one or two keystrokes away (edit distance with swaps, so PGES37 →
 *     PGSE37), or, for a code the catalog lacks, the codes that start with the same letters;
 *  3. words: each query word fitted to every entry's terms (Latin words whole, by their start or inside a
 *     word; Japanese words by their character bigrams and kanji, units.ts), weighted by the field and by
 *     how rare the word is, and an entry scores by how much of the query it covers. fuse.js corrects words
 *     found nowhere (typos).
 * Scores: exact 90–100, similar code 34–50, same shape 20, words up to 40. Pure; never throws.
 *
 * When the query holds something that looks like a code (OR-CCSEH-05, 9999) and no code or alias of the
 * catalog is it, the outcome says so (`missingCode`), and only codes of the same shape and what the rest
 * of the query found are listed: never a code that merely shares digits.
 *
 * Speed: no stage reads every entry. Words are looked up in inverted indexes built here (word-index,
 * unit-fit), similar codes pass cheap lower bounds before an edit distance (code-matcher), fuzzy
 * candidates come from the words sharing the typed characters, and per-entry scores live in typed arrays
 * reused by every search.
 */

// Score bands of the stages, so an exact code always beats a fuzzy word.
const SCORE_EXACT_WHOLE = 100;
/** An exact match on a name that is also a brand programme's own name: just below the brand's page. */
const SCORE_EXACT_BESIDE_BRAND = 95;
const SCORE_WORDS = 40;
/** Longest word given to fuse.js, and most words of a query looked at. */
const MAX_FUZZY_WORD = 12;
const MAX_WORDS = 8;
/**
 * Most words handed to fuse.js for one typo (the ones sharing most characters): Bitap costs ≈10 µs per
 * word, and a big catalog has hundreds of words sharing a few common kana.
 */
const MAX_FUZZY_CANDIDATES = 48;
/** A word fitting no term better than this is only found in pieces (せきゅあ inside せきゅりてぃ). */
const WEAK_FIT = 0.5;
/** The words of a synonym's word of several words found apart count this much (see scoreToken). */
const APART = 0.7;
/** A word weighing less than this share of the query's rarest word, and common, is not fitted. */
const COMMON_SHARE = 0.25;
/** Entries having such a word's words together, from which the words apart are not looked for. */
const TOGETHER_ENOUGH = 3;
/** How much the words of a query add to a code found by its code: enough to order equals, no more. */
const TIE_BREAK = 0.02;
/** An entry of one service found without its service named counts this much (see wordStage). */
const OTHER_SERVICE = 0.92;
/** Results below this are noise (a stray syllable matching a long summary). */
const MIN_SCORE = 6;
/** The same beside a code the catalog lacks: only what the other words found clearly. */
const MISSING_MIN_SCORE = 14;

const KIND_ORDER: Record<SearchKind, number> = { code: 0, issuer: 1, brand: 2, service: 3, cause: 4 };
/**
 * Words (not a code) describe a situation: a cause or a service explains it for every code, so they
 * rank above single codes that happen to use the same words. A typed code still wins by the exact stage.
 * A brand's page is one programme's: words about 3-D Secure in general (にんしょう, セキュア) find the
 * general page first; its programme's names typed whole find it by the exact stage.
 */
const KIND_WORD_WEIGHT: Record<SearchKind, number> = { code: 0.8, issuer: 1, brand: 0.8, service: 1, cause: 1 };

/** A query typed in kana only (with ー and spaces): then a match through a reading is worth saying. */
const KANA_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}ー ]+$/u;
// Protocol field names of 3-D Secure codes: a reason line never repeats them (the code line shows them).
const PROTOCOL_NAME = /trans ?status|challenge ?cancel|pares|authentication_status/i;

export type SearchEngine = {
  search(query: unknown, limit?: number): SearchOutcome;
  /**
   * The causes to check first for a code the catalog lacks: those of the service the results are about
   * (the first result's), else the general ones. Undefined when the index has none.
   */
  generalChecks(results: readonly SearchResult[]): SearchResult | undefined;
  /** Codes closest to the query, for a "did you mean" list when nothing matched. */
  nearestCodes(query: unknown, count?: number): SearchResult[];
  readonly size: number;
};

const { exact: EXACT, words: WORDS, fuzzy: FUZZY } = HOW;

export function createSearchEngine(index: SearchIndex): SearchEngine {
  const docs = index.docs;
  const exact = new Map(index.exact);
  const canonical = createCanonicalizer(index.synonyms);
  const synonymParts = createSynonymParts(index.synonyms);
  const wordIndex = buildWordIndex(docs);
  const wordIds = new Map(wordIndex.words.map((w, id) => [w, id]));
  const isIndexWord = (w: string) => wordIds.has(w);
  const codes = createCodeStage({ docs, exact, canonical, synonymParts, isIndexWord });
  const wordFit = createWordFit(docs, wordIndex);
  const unitFit = createUnitFit(docs);
  const closeWords = createCloseWords(wordIndex, { maxWord: MAX_FUZZY_WORD + 2, maxCandidates: MAX_FUZZY_CANDIDATES });
  const phrases = createPhrases(docs, index.synonyms, wordIndex, unitFit);
  /** A word nobody has counts as a rare word the entry lacks: it lowers how much of the query is covered. */
  const unknownWeight = idf(1, docs.length);
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
    // Titles, summaries and steps are long and already on screen; only short terms are repeated, and
    // never a protocol's field name.
    const short = field === "code" || field === "alias" || field === "name" || field === "keyword";
    const term = shown && short && !PROTOCOL_NAME.test(shown.text) ? shown.text : "";
    return { how, field, term, reading };
  };

  // Scratch of one search. Best score per entry, and the term and stage that gave it.
  const best = createScoreBoard(docs.length);
  const bestScore = new Float64Array(docs.length);
  const bestTerm = new Int32Array(docs.length);
  const bestHow = new Uint8Array(docs.length);
  // Entries found by the code stage (exact, similar or same-shape codes), whatever their final score.
  const coded = createScoreBoard(docs.length);
  const offerCode = (d: number, score: number, ti: number, how: number) => {
    coded.first(d);
    offer(d, score, ti, how);
  };
  const offer = (d: number, score: number, ti: number, how: number) => {
    if (best.first(d) || score > (bestScore[d] ?? 0)) {
      bestScore[d] = score;
      bestTerm[d] = ti;
      bestHow[d] = how;
    }
  };
  // The word stage: per entry, the sum over query words of (word weight × best fit), and its best term.
  const words = createScoreBoard(docs.length);
  const wordSum = new Float64Array(docs.length);
  const wordTop = new Float64Array(docs.length);
  const wordTerm = new Int32Array(docs.length);
  const wordHow = new Uint8Array(docs.length);
  // True when a query word was found in the entry's service name (a code's or a cause's keyword).
  const serviceNamed = new Uint8Array(docs.length);
  const hasKeyword = Uint8Array.from(docs, (doc) => (doc.terms.some((t) => t.field === "keyword") ? 1 : 0));
  // Looked up for every entry a word reaches: kept in typed arrays, not read from the documents.
  const { termStart } = wordIndex;
  const isKeywordTerm = Uint8Array.from(docs.flatMap((doc) => doc.terms.map((t) => (t.field === "keyword" ? 1 : 0))));
  const kindWeight = Float64Array.from(docs, (doc) => KIND_WORD_WEIGHT[doc.kind]);
  // Terms kept as written that are a synonym's name all the same (JCB's J/Secure, a brand's Verified by
  // Visa), and a brand's names (its programme's names and spellings: Jセキュア): a word found only in them
  // is still a piece of that synonym, of 3-D Secure in general (see scoreToken).
  const isVariantName = Uint8Array.from(
    docs.flatMap((doc) =>
      doc.terms.map((t) => (t.norm !== "" && (canonical(t.norm) !== t.norm || (doc.kind === "brand" && t.field === "name")) ? 1 : 0)),
    ),
  );
  // One query word: its best fit per entry over the ways it was matched (as typed, as part of a
  // synonym's name, corrected), before its weight is known.
  const token = createScoreBoard(docs.length);
  const tokenFit = new Float64Array(docs.length);
  const tokenTerm = new Int32Array(docs.length);
  const tokenHow = new Uint8Array(docs.length);
  // The words of one synonym group add up (残高 and 不足 of 「low balance」).
  const group = createScoreBoard(docs.length);
  const groupFit = new Float64Array(docs.length);
  const groupTerm = new Int32Array(docs.length);

  const keepBest = (d: number, q: number, ti: number, how: number) => {
    if (token.first(d) || q > (tokenFit[d] ?? 0)) {
      tokenFit[d] = q;
      tokenTerm[d] = ti;
      tokenHow[d] = how;
    }
  };

  /**
   * Fits one word to every entry having it, each fit (0 to 1) times `factor` handed to `visit`; returns
   * the word's weight (how rare it is), 0 when no entry has it, and the best fit in `lastTop` (not
   * counting fits in a synonym's name kept as written).
   */
  let lastTop = 0;
  function fitWord(word: string, factor: number, wholeOnly: boolean, visit: (d: number, q: number, ti: number) => void): number {
    let hits = 0;
    lastTop = 0;
    const each = (d: number, quality: number, ti: number) => {
      hits++;
      if (isVariantName[(termStart[d] ?? 0) + ti] !== 1) lastTop = Math.max(lastTop, quality);
      visit(d, quality * factor, ti);
    };
    if (isJapaneseWord(word)) return unitFit.fit(word, each);
    return wordFit(word, each, wholeOnly) ? idf(hits, docs.length) : 0;
  }

  /**
   * Several words scored together (a synonym group's word of two words, or its parts): their fits add
   * up per entry, times `factor` shared out; the total is a way the current query word matched.
   */
  function fitTogether(words: readonly string[], factor: number): number {
    let weight = 0;
    group.begin();
    for (const w of words)
      weight = Math.max(
        weight,
        fitWord(w, factor / words.length, false, (d, q, ti) => {
          if (group.first(d)) {
            groupFit[d] = q;
            groupTerm[d] = ti;
          } else groupFit[d] = (groupFit[d] ?? 0) + q;
        }),
      );
    for (const d of group.seen()) keepBest(d, groupFit[d] ?? 0, groupTerm[d] ?? 0, WORDS);
    return weight;
  }

  /** The group words `word` is a part of; a group word of several words shares the factor. */
  function fitSynonymParts(word: string): number {
    let weight = 0;
    for (const { canonical: head, factor } of synonymParts(word)) weight = Math.max(weight, fitTogether(tokenize(head), factor));
    return weight;
  }

  /** Adds the current query word, now that its weight is known, to every entry it fits; returns the weight. */
  function addToken(weight: number): number {
    if (weight <= 0) return 0;
    for (const d of token.seen()) {
      const q = (tokenFit[d] ?? 0) * weight;
      const ti = tokenTerm[d] ?? 0;
      const named = isKeywordTerm[(termStart[d] ?? 0) + ti] ?? 0;
      if (words.first(d)) {
        wordSum[d] = q;
        wordTop[d] = q;
        wordTerm[d] = ti;
        wordHow[d] = tokenHow[d] ?? WORDS;
        serviceNamed[d] = named;
      } else {
        if (named) serviceNamed[d] = 1;
        wordSum[d] = (wordSum[d] ?? 0) + q;
        if (q > (wordTop[d] ?? 0)) {
          wordTop[d] = q;
          wordTerm[d] = ti;
          wordHow[d] = tokenHow[d] ?? WORDS;
        }
      }
    }
    return weight;
  }

  /** A name of several words found in the query: one query word, fitting the named entries whole. */
  function scorePhrase(hits: readonly [number, number][]): number {
    token.begin();
    for (const [d, ti] of hits) keepBest(d, FIELD_WEIGHT[docs[d]?.terms[ti]?.field ?? "name"], ti, EXACT);
    return addToken(idf(new Set(hits.map(([d]) => d)).size, docs.length));
  }

  function scoreToken({ text, wholeOnly, together }: QueryWord): number {
    token.begin();
    if (together) {
      // A word of several words (カード番号 → かど 番号) fits best where they stand together, less where
      // they stand apart.
      let found = 0;
      const weight = phrases.fitTogether(text, (d, q, ti) => {
        found++;
        keepBest(d, q, ti, WORDS);
      });
      // Apart only when together is rare (残高 … 不足 in one description): カード and 会社 apart are everywhere.
      return addToken(found >= TOGETHER_ENOUGH ? weight : Math.max(weight, fitTogether(tokenize(text), APART)));
    }
    let weight = fitWord(text, 1, wholeOnly, (d, q, ti) => keepBest(d, q, ti, WORDS));
    // Found nowhere, or only in pieces, maybe because the synonym table folded the name it is part of
    // (3d of 3Dセキュア, せきゅあ of すりーでぃーせきゅあ): it then means the group's word too. Found so,
    // it is no typo. Found only in such a name kept as written (masterc in a brand's Mastercard ID
    // Check), it means the group's word as well.
    if (lastTop < WEAK_FIT && !wholeOnly) weight = Math.max(weight, fitSynonymParts(text));
    // Codes (with digits) are corrected by the similar-code stage; very long words are no typo of ours.
    if (weight === 0 && !wholeOnly && !noTypos && text.length >= 2 && text.length <= MAX_FUZZY_WORD && !/\d/.test(text)) {
      // Nothing has this word: try the closest real words (typos, a different okurigana).
      closeWords(text).forEach((w, rank) => {
        weight = Math.max(
          weight,
          fitWord(w, 0.7 - 0.1 * rank, false, (d, q, ti) => keepBest(d, q, ti, FUZZY)),
        );
      });
    }
    return addToken(weight);
  }

  // Beside a code the catalog lacks, no word is corrected: a guess next to an unknown code misleads.
  let noTypos = false;
  function wordStage(list: readonly QueryWord[], phrases: readonly (readonly [number, number][])[]) {
    let total = 0;
    for (const hits of phrases) total += scorePhrase(hits);
    // In a big catalog a word every entry has (かど, ない) costs a pass over most of it and orders
    // nothing beside rarer words: it is counted, not fitted.
    const japanese = list.filter((w) => !w.together && isJapaneseWord(w.text));
    const rarest = Math.max(0, ...japanese.map((w) => unitFit.weightOf(w.text)));
    for (const w of list) {
      const common = japanese.includes(w) && unitFit.isCommon(w.text) && unitFit.weightOf(w.text) < COMMON_SHARE * rarest;
      total += common ? unitFit.weightOf(w.text) : scoreToken(w) || unknownWeight;
    }
    if (total === 0) return;
    for (const d of words.seen()) {
      // An entry of one service (its codes, its own causes) answers a question about that service:
      // without the service named, a general entry with the same words comes first.
      const elsewhere = hasKeyword[d] === 1 && serviceNamed[d] === 0 ? OTHER_SERVICE : 1;
      const covered = (wordSum[d] ?? 0) / total;
      const score = SCORE_WORDS * covered * (kindWeight[d] ?? 1) * elsewhere;
      // A code found by its code ranks by that; the rest of the query orders codes found alike (the
      // 2530 of モバイルSuica before the 2530 of モバイルPASMO for 「モバイルSuica 2530」).
      if (best.has(d) && (bestScore[d] ?? 0) > score) bestScore[d] = (bestScore[d] ?? 0) + score * TIE_BREAK;
      else offer(d, score, wordTerm[d] ?? 0, wordHow[d] ?? WORDS);
    }
  }

  /** Higher score first, then codes before card companies, brands, services and causes, then index order. */
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
      words.begin();
      coded.begin();

      const whole = exact.get(norm.replace(/ /g, "")) ?? [];
      // A brand programme's name or former name (J/Secure, Verified by Visa) is that brand's page first;
      // another entry having it as a name (JCB's J/Secure) comes right after, still an exact match.
      const brandOwn = whole.some(([d, ti]) => {
        const t = docs[d]?.kind === "brand" ? docs[d]?.terms[ti] : undefined;
        return t !== undefined && canonical(t.norm) !== t.norm;
      });
      for (const [d, ti] of whole)
        offerCode(d, brandOwn && docs[d]?.kind !== "brand" ? SCORE_EXACT_BESIDE_BRAND : SCORE_EXACT_WHOLE, ti, EXACT);
      const wholeCode = whole.some(([d]) => docs[d]?.kind === "code");
      const { exactCode, missingCode } = wholeCode ? { exactCode: true, missingCode: undefined } : codes.run(query, offerCode);

      // A few words say what people look for; more only cost time (a pasted paragraph). When the whole
      // query is a code as printed (エラー詳細コード : 42G300000), its words would only add noise.
      if (!wholeCode) {
        const folded = canonical(normalizeText(spaceParticles(query)));
        // A query that is the start of a synonym's name of several words, as typed so far (3d se,
        // mastercard id ch), is that name: word by word its pieces find other things (se → Seven Card).
        const typingName = folded === norm && norm.includes(" ") && synonymParts(norm).length > 0;
        if (typingName) wordStage([{ text: norm, wholeOnly: false }], []);
        else {
          const { phrases: names, concepts, rest } = phrases.find(query, folded);
          // A missing code was looked for as a code already: as a word it would only lower every score.
          // The words of an API code (insufficient_funds, pem_invalid_format) still say something.
          const missingWords = new Set(missingCode !== undefined && !missingCode.includes("_") ? tokenize(normalizeText(missingCode)) : []);
          const list = [
            ...concepts,
            ...queryWords(query, rest, MAX_WORDS, isIndexWord, canonical).filter((w) => !missingWords.has(w.text)),
          ];
          noTypos = missingCode !== undefined;
          wordStage(list, names);
        }
      }

      const kanaQuery = KANA_ONLY.test(norm);
      // Beside a missing code only what the rest of the query clearly found is shown (or codes of its
      // shape): an entry that merely shares a word would look like the answer.
      const floor = missingCode !== undefined && !exactCode ? MISSING_MIN_SCORE : MIN_SCORE;
      const ranked = topK(best.seen(), Math.max(0, limit), before, (d) => (bestScore[d] ?? 0) >= floor || coded.has(d));
      let results = ranked.map((d) =>
        toResult(
          d,
          Math.round((bestScore[d] ?? 0) * 100) / 100,
          reasonFor(d, bestTerm[d] ?? 0, MATCH_HOWS[bestHow[d] ?? 0] ?? "exact", kanaQuery),
        ),
      );
      if (exactCode) results = withCardCompany(results, ranked, limit);
      return { query, blocked: false, results, ...(missingCode && !exactCode ? { missingCode } : {}) };
    } catch {
      // Defensive: a bug here must not break the page; the caller shows "no results".
      return { query: clampQuery(input), blocked: false, results: [] };
    }
  }

  /**
   * A code typed with a card company's name (ER323 楽天): the code's page for that company comes first,
   * when the code has pages per company. The company must be the one clear company of the query.
   */
  function withCardCompany(results: SearchResult[], ranked: readonly number[], limit: number): SearchResult[] {
    const top = results[0];
    const topDoc = ranked[0];
    if (!top || topDoc === undefined || top.kind !== "code" || top.reason.how !== "exact" || !docs[topDoc]?.perIssuer) return results;
    const companies = [...words.seen()].filter((d) => docs[d]?.kind === "issuer" && docs[d]?.terms[wordTerm[d] ?? 0]?.field === "name");
    companies.sort((a, b) => (wordSum[b] ?? 0) - (wordSum[a] ?? 0));
    const [first, second] = companies;
    if (first === undefined || (second !== undefined && (wordSum[second] ?? 0) >= (wordSum[first] ?? 0))) return results;
    const company = docs[first] as SearchDoc;
    const [service = "", slug = ""] = top.id.split("/");
    const variant: SearchResult = {
      ...top,
      href: codeHref(service, slug, company.id),
      detail: UI.search.forCompany(company.label, top.detail),
      score: top.score + 1,
      issuer: company.id,
    };
    return [variant, ...results].slice(0, Math.max(0, limit));
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

  const checksByService = new Map(index.checks?.services ?? []);
  function generalChecks(results: readonly SearchResult[]): SearchResult | undefined {
    const top = results[0];
    const service = top?.kind === "code" ? top.id.split("/")[0] : top?.kind === "service" ? top.id : undefined;
    const d = (service !== undefined ? checksByService.get(service) : undefined) ?? index.checks?.fallback;
    return d === undefined || !docs[d] ? undefined : toResult(d, 0, { how: "words", field: "title", term: "", reading: false });
  }

  return { search, nearestCodes, generalChecks, size: docs.length };
}
