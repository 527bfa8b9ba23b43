import Fuse from "fuse.js/basic";
import { containsCardNumber } from "./card-number";
import { createCanonicalizer } from "./canonicalize";
import { editDistance } from "./edit-distance";
import { DEFAULT_RESULT_LIMIT, clampQuery } from "./limits";
import { compactText, extractCodeCandidates, normalizeText, tokenize } from "./normalize";
import type { MatchReason, SearchDoc, SearchIndex, SearchKind, SearchOutcome, SearchResult, TermField } from "./types";

/**
 * The search engine over a SearchIndex. Three stages, strongest first:
 *  1. exact: the whole query, or a code pulled out of it, is a code, alias or name (a Map lookup);
 *  2. similar codes: a code one or two keystrokes away (edit distance with swaps, so PGES37 → PGSE37);
 *  3. words: each query word found in the entry's normalised terms (with a kanji-stem fallback for
 *     okurigana), and fuse.js for words found nowhere (typos in names and words).
 * Scores: exact 90–100, similar code 34–50, words up to 40. Pure; never throws.
 */

// Score bands of the stages, so an exact code always beats a fuzzy word.
const SCORE_EXACT_WHOLE = 100;
const SCORE_EXACT_PART = 90;
const SCORE_SIMILAR = 50;
const SCORE_WORDS = 40;
/** Longest word given to fuse.js, and most words of a query looked at. */
const MAX_FUZZY_WORD = 12;
const MAX_WORDS = 8;
/** Results below this are noise (a stray syllable matching a long summary). */
const MIN_SCORE = 9;

// An alias that is a phrase (PayPay 3Dセキュア ロック) counts a little less than a code or a name when
// matched word by word: it is one code's wording, not the topic.
const FIELD_WEIGHT: Record<TermField, number> = { code: 1, alias: 0.85, name: 1, keyword: 0.85, title: 0.8, summary: 0.45 };
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

/** 間違えた → 間違: kanji followed by kana endings, so 間違えた finds 間違えて. */
function kanjiStem(token: string): string | null {
  const m = /^(\p{Script=Han}{2,})\p{Script=Hiragana}+$/u.exec(token);
  return m?.[1] ?? null;
}

/** A term prepared once for word matching: its text padded with spaces, and its length without them. */
type PreparedTerm = { norm: string; padded: string; letters: number };
const prepare = (norm: string): PreparedTerm => ({ norm, padded: ` ${norm} `, letters: norm.replace(/ /g, "").length });

/** How well one query word fits one normalised term, 0 (not at all) to 1 (the same). Allocation-free. */
function termQuality(t: PreparedTerm, token: string): number {
  const at = t.norm.indexOf(token);
  if (at < 0) return 0;
  if (t.norm.length === token.length) return 1;
  if (t.padded.includes(` ${token} `)) return 0.9;
  const r = token.length / t.letters;
  return at === 0 ? 0.75 + 0.2 * r : 0.6 + 0.3 * r;
}

export type SearchEngine = {
  search(query: unknown, limit?: number): SearchOutcome;
  /** Codes closest to the query, for a "did you mean" list when nothing matched. */
  nearestCodes(query: unknown, count?: number): SearchResult[];
  readonly size: number;
};

export function createSearchEngine(index: SearchIndex): SearchEngine {
  const docs = index.docs;
  const exact = new Map(index.exact);
  const canonical = createCanonicalizer(index.synonyms);
  const codeKeys = docs.flatMap((doc, d) =>
    doc.kind === "code"
      ? doc.terms.flatMap((t, ti) => (t.field === "code" ? [{ d, ti, key: compactText(t.text) }] : []))
      : [],
  );
  // Every term of a document in one string, to skip documents without a word in one includes().
  const haystacks = docs.map((doc) => doc.terms.map((t) => t.norm).join("\n"));
  const prepared = docs.map((doc) => doc.terms.map((t) => prepare(t.norm)));

  // fuse.js runs over the index's vocabulary (every distinct normalised word), not over whole entries:
  // a typo is corrected to a real word, which is then scored like a typed one. Bitap is slow per string
  // (≈10 µs), so only words of about the same length sharing most of the typed characters are handed to
  // it: a few dozen instead of thousands, well under a millisecond even for a 10,000-entry index.
  const vocabulary = [...new Set(docs.flatMap((doc) => doc.terms.flatMap((t) => tokenize(t.norm))))].filter(
    (w) => w.length >= 2 && w.length <= MAX_FUZZY_WORD + 2 && !/\d/.test(w),
  );
  const closeWords = (token: string): string[] => {
    const chars = [...new Set(token)];
    const need = chars.length - Math.min(2, Math.floor(chars.length / 3));
    const out: string[] = [];
    for (const w of vocabulary) {
      if (Math.abs(w.length - token.length) > 2) continue;
      let shared = 0;
      for (const ch of chars) if (w.includes(ch)) shared++;
      if (shared >= need) out.push(w);
    }
    if (out.length === 0) return [];
    const fuse = new Fuse(out, { includeScore: true, ignoreLocation: true, threshold: 0.4, minMatchCharLength: 2 });
    return fuse.search(token, { limit: 3 }).map((hit) => hit.item);
  };

  const toResult = (d: number, score: number, reason: MatchReason): SearchResult => {
    const doc = docs[d] as SearchDoc;
    return { kind: doc.kind, id: doc.id, href: doc.href, label: doc.label, detail: doc.detail, score, reason };
  };

  const reasonFor = (d: number, ti: number, how: MatchReason["how"]): MatchReason => {
    const t = docs[d]?.terms[ti];
    const field = t?.field ?? "title";
    // Titles and summaries are long and already on screen; only short terms are repeated.
    const term = t && (field === "code" || field === "alias" || field === "name" || field === "keyword") ? t.text : "";
    return { how, field, term };
  };

  function wordStage(tokens: string[], offer: (d: number, score: number, reason: MatchReason) => void) {
    if (tokens.length === 0) return;
    const sums = new Map<number, { sum: number; q: number; reason: MatchReason }>();
    const add = (d: number, q: number, reason: MatchReason) => {
      const cur = sums.get(d);
      if (!cur) sums.set(d, { sum: q, q, reason });
      else {
        cur.sum += q;
        if (q > cur.q) Object.assign(cur, { q, reason });
      }
    };
    /** Scores every entry containing `word` (or its kanji stem); false when none does. */
    const scoreWord = (word: string, factor: number, how: MatchReason["how"]): boolean => {
      const stem = kanjiStem(word);
      let found = false;
      for (let d = 0; d < docs.length; d++) {
        const hay = haystacks[d] as string;
        const direct = hay.includes(word);
        if (!direct && !(stem && hay.includes(stem))) continue;
        const terms = (docs[d] as SearchDoc).terms;
        const preps = prepared[d] as PreparedTerm[];
        let best = 0;
        let bestTi = 0;
        for (let ti = 0; ti < terms.length; ti++) {
          const t = terms[ti];
          const p = preps[ti];
          if (!t || !p) continue;
          // Terms come strongest field first (build-index), so nothing later can beat this.
          if (best >= FIELD_WEIGHT[t.field]) break;
          let q = direct ? termQuality(p, word) : 0;
          if (q === 0 && stem) q = termQuality(p, stem) * 0.85;
          q *= FIELD_WEIGHT[t.field];
          if (q > best) {
            best = q;
            bestTi = ti;
          }
        }
        if (best > 0) {
          found = true;
          add(d, best * factor, reasonFor(d, bestTi, how));
        }
      }
      return found;
    };
    for (const token of tokens) {
      if (scoreWord(token, 1, "words")) continue;
      // Codes (with digits) are corrected by the similar-code stage; very long words are no typo of ours.
      if (token.length < 2 || token.length > MAX_FUZZY_WORD || /\d/.test(token)) continue;
      // Nothing has this word: try the closest real words (typos, a different okurigana).
      closeWords(token).forEach((word, rank) => scoreWord(word, 0.7 - 0.1 * rank, "fuzzy"));
    }
    for (const [d, { sum, reason }] of sums) offer(d, (SCORE_WORDS * sum * KIND_WORD_WEIGHT[(docs[d] as SearchDoc).kind]) / tokens.length, reason);
  }

  function search(input: unknown, limit: number = DEFAULT_RESULT_LIMIT): SearchOutcome {
    try {
      const query = clampQuery(input);
      if (containsCardNumber(query)) return { query: "", blocked: true, results: [] };
      const norm = normalizeText(query);
      if (norm === "") return { query, blocked: false, results: [] };

      const best = new Map<number, { score: number; reason: MatchReason }>();
      const offer = (d: number, score: number, reason: MatchReason) => {
        const cur = best.get(d);
        if (!cur || score > cur.score) best.set(d, { score, reason });
      };

      const whole = exact.get(norm.replace(/ /g, "")) ?? [];
      for (const [d, ti] of whole) offer(d, SCORE_EXACT_WHOLE, reasonFor(d, ti, "exact"));
      const candidates = extractCodeCandidates(query);
      for (const c of candidates) {
        const hits = exact.get(c);
        if (hits) {
          for (const [d, ti] of hits) offer(d, SCORE_EXACT_PART, reasonFor(d, ti, "exact"));
          continue;
        }
        if (c.length < 4) continue;
        const max = c.length <= 5 ? 1 : 2;
        for (const { d, ti, key } of codeKeys) {
          const dist = editDistance(c, key, max);
          if (dist <= max) offer(d, SCORE_SIMILAR - (dist - 1) * 16, reasonFor(d, ti, "similar"));
        }
      }

      // A few words say what people look for; more only cost time (a pasted paragraph). When the whole
      // query is a code as printed (エラー詳細コード : 42G300000), its words would only add noise.
      if (!whole.some(([d]) => docs[d]?.kind === "code"))
        wordStage([...new Set(tokenize(canonical(norm)).filter(keepToken))].slice(0, MAX_WORDS), offer);

      const want = Math.max(0, limit);
      let kept = [...best].filter(([, v]) => v.score >= MIN_SCORE);
      // With thousands of hits, sort only those that can make the cut (scores alone sort fast).
      if (kept.length > want * 4 && want > 0) {
        const scores = Float64Array.from(kept, ([, v]) => v.score).sort();
        const cutoff = scores[scores.length - want] ?? 0;
        kept = kept.filter(([, v]) => v.score >= cutoff);
      }
      const results = kept
        .sort(
          ([da, a], [db, b]) =>
            b.score - a.score ||
            KIND_ORDER[(docs[da] as SearchDoc).kind] - KIND_ORDER[(docs[db] as SearchDoc).kind] ||
            da - db,
        )
        .slice(0, want)
        .map(([d, v]) => toResult(d, Math.round(v.score * 100) / 100, v.reason));
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
      if (key !== "") {
        return codeKeys
          .map((c) => ({ ...c, dist: editDistance(key, c.key, 8) }))
          .sort((a, b) => a.dist - b.dist || a.d - b.d)
          .slice(0, count)
          .map((c) => toResult(c.d, 0, reasonFor(c.d, c.ti, "similar")));
      }
      return [];
    } catch {
      return [];
    }
  }

  return { search, nearestCodes, size: docs.length };
}
