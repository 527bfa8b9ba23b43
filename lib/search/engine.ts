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
/** Results below this are noise (a stray syllable matching a long summary). */
const MIN_SCORE = 9;

const FIELD_WEIGHT: Record<TermField, number> = { code: 1, alias: 1, name: 1, keyword: 0.85, title: 0.8, summary: 0.45 };
const KIND_ORDER: Record<SearchKind, number> = { code: 0, issuer: 1, service: 2, cause: 3 };

// Particles and endings that carry no meaning alone once a query is split into words.
const STOP_WORDS = new Set(["から", "まで", "です", "ます", "した", "ない", "する", "こと", "ため", "ので", "ている", "てる"]);
const keepToken = (t: string) => !(/^\p{Script=Hiragana}$/u.test(t) || STOP_WORDS.has(t));

/** 間違えた → 間違: kanji followed by kana endings, so 間違えた finds 間違えて. */
function kanjiStem(token: string): string | null {
  const m = /^(\p{Script=Han}{2,})\p{Script=Hiragana}+$/u.exec(token);
  return m?.[1] ?? null;
}

/** How well one query word fits one normalised term, 0 (not at all) to 1 (the same). */
function termQuality(norm: string, token: string): number {
  const at = norm.indexOf(token);
  if (at < 0) return 0;
  if (norm === token) return 1;
  const words = norm.split(" ");
  if (words.includes(token)) return 0.9;
  const r = token.length / norm.replace(/ /g, "").length;
  return at === 0 ? 0.75 + 0.2 * r : 0.6 + 0.3 * r;
}

type FuseDoc = { names: string[]; keywords: string[]; titles: string[]; summaries: string[] };
const FUSE_KEY_FIELDS: Record<keyof FuseDoc, TermField[]> = {
  names: ["code", "alias", "name"],
  keywords: ["keyword"],
  titles: ["title"],
  summaries: ["summary"],
};

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

  let fuse: Fuse<FuseDoc> | undefined;
  const getFuse = () => {
    fuse ??= new Fuse(
      docs.map((doc) => {
        const pick = (fields: TermField[]) => doc.terms.filter((t) => fields.includes(t.field)).map((t) => t.norm);
        return {
          names: pick(FUSE_KEY_FIELDS.names),
          keywords: pick(FUSE_KEY_FIELDS.keywords),
          titles: pick(FUSE_KEY_FIELDS.titles),
          summaries: pick(FUSE_KEY_FIELDS.summaries),
        };
      }),
      {
        keys: [
          { name: "names", weight: 3 },
          { name: "keywords", weight: 2 },
          { name: "titles", weight: 2 },
          { name: "summaries", weight: 1 },
        ],
        includeScore: true,
        includeMatches: true,
        ignoreLocation: true,
        threshold: 0.4,
        minMatchCharLength: 2,
      },
    );
    return fuse;
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
    for (const token of tokens) {
      const stem = kanjiStem(token);
      let found = false;
      for (let d = 0; d < docs.length; d++) {
        const hay = haystacks[d] as string;
        const direct = hay.includes(token);
        if (!direct && !(stem && hay.includes(stem))) continue;
        const terms = (docs[d] as SearchDoc).terms;
        let best = 0;
        let bestTi = 0;
        for (let ti = 0; ti < terms.length; ti++) {
          const t = terms[ti];
          if (!t) continue;
          let q = direct ? termQuality(t.norm, token) : 0;
          if (q === 0 && stem) q = termQuality(t.norm, stem) * 0.85;
          q *= FIELD_WEIGHT[t.field];
          if (q > best) {
            best = q;
            bestTi = ti;
          }
        }
        if (best > 0) {
          found = true;
          add(d, best, reasonFor(d, bestTi, "words"));
        }
      }
      if (found || token.length < 2) continue;
      // Nothing has this word: try words close to it (typos, a different okurigana).
      for (const hit of getFuse().search(token, { limit: 20 })) {
        const match = hit.matches?.[0];
        const key = (match?.key ?? "titles") as keyof FuseDoc;
        const field = FUSE_KEY_FIELDS[key]?.[0] ?? "title";
        const doc = docs[hit.refIndex] as SearchDoc;
        const ti = Math.max(0, doc.terms.findIndex((t) => t.norm === match?.value));
        const weight = FIELD_WEIGHT[doc.terms[ti]?.field ?? field];
        add(hit.refIndex, (1 - (hit.score ?? 1)) * 0.7 * weight, reasonFor(hit.refIndex, ti, "fuzzy"));
      }
    }
    for (const [d, { sum, reason }] of sums) offer(d, (SCORE_WORDS * sum) / tokens.length, reason);
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

      for (const [d, ti] of exact.get(norm.replace(/ /g, "")) ?? []) offer(d, SCORE_EXACT_WHOLE, reasonFor(d, ti, "exact"));
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

      wordStage(tokenize(canonical(norm)).filter(keepToken), offer);

      const results = [...best]
        .filter(([, v]) => v.score >= MIN_SCORE)
        .sort(
          ([da, a], [db, b]) =>
            b.score - a.score ||
            KIND_ORDER[(docs[da] as SearchDoc).kind] - KIND_ORDER[(docs[db] as SearchDoc).kind] ||
            da - db,
        )
        .slice(0, Math.max(0, limit))
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
