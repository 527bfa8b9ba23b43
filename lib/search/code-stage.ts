import type { createCanonicalizer } from "./canonicalize";
import { isCodeLike } from "./code-like";
import { createCodeMatcher, type CodeKey } from "./code-matcher";
import { compactText, extractCodeSpans, normalizeText, tokenize } from "./normalize";
import type { createSynonymParts } from "./synonym-parts";
import { HOW, type SearchDoc } from "./types";

/**
 * The code stage of the engine: the codes pulled out of a query. An exact code or alias is scored at
 * once; for a code the catalog lacks, the codes one or two keystrokes away, or (for the one said to be
 * missing) the codes that start with the same letters. Offers go through `offer`, with the way of
 * matching as its number in MATCH_HOWS.
 */
export type CodeStage = {
  run(query: string, offer: (d: number, score: number, ti: number, how: number) => void): { exactCode: boolean; missingCode?: string };
  /** The `count` codes closest to a compact text, however far (within `max` edits ranked first). */
  nearest(key: string, count: number, max: number): { code: CodeKey; dist: number }[];
};

const SCORE_EXACT_PART = 90;
const SCORE_SIMILAR = 50;
const SCORE_SAME_SHAPE = 20;
/** Most codes pulled out of one query that are looked for one or two keystrokes away. */
const MAX_SIMILAR_CANDIDATES = 8;
/** Codes of the same shape listed for a code the catalog lacks. */
const MAX_SAME_SHAPE = 3;

/** The letters a code starts with (orccseh05 → orccseh, 42g300000 → ""), for codes of the same shape. */
const letterPrefix = (compact: string) => /^[a-z]+/.exec(compact)?.[0] ?? "";

type Context = {
  docs: readonly SearchDoc[];
  exact: ReadonlyMap<string, [number, number][]>;
  canonical: ReturnType<typeof createCanonicalizer>;
  synonymParts: ReturnType<typeof createSynonymParts>;
  /** True for a word the catalog has (its word index). */
  isIndexWord: (word: string) => boolean;
};

export function createCodeStage({ docs, exact, canonical, synonymParts, isIndexWord }: Context): CodeStage {
  const codeKeys = docs.flatMap((doc, d) =>
    doc.kind === "code" ? doc.terms.flatMap((t, ti) => (t.field === "code" ? [{ d, ti, key: compactText(t.text) }] : [])) : [],
  );
  const codes = createCodeMatcher(codeKeys);
  // Codes by the letters they start with, for codes of the same shape as a missing one.
  const prefixGroups = new Map<string, CodeKey[]>();
  for (const c of codeKeys) {
    const p = letterPrefix(c.key);
    if (p !== "") prefixGroups.set(p, [...(prefixGroups.get(p) ?? []), c]);
  }
  const byPrefix = new Map([...prefixGroups].map(([p, group]) => [p, createCodeMatcher(group)]));
  /** A compact "code" that is a word of the synonym list (3ds, 3dsecure2) or starts one (3dsec). */
  const isWord = (compact: string) => {
    const norm = normalizeText(compact);
    return canonical(norm) !== norm || synonymParts(norm).length > 0;
  };
  /** A compact text that is the name of a service or card company (nanaco, paypay). */
  const isName = (compact: string) =>
    (exact.get(compact) ?? []).some(([d, ti]) => docs[d]?.kind !== "code" && docs[d]?.terms[ti]?.field === "name");
  // Letters that start a code of the catalog (pgse of pgse37, er of er323), also before a space and a
  // number (transstatusreason 01).
  const codePrefixes = new Set([
    ...prefixGroups.keys(),
    ...docs.flatMap((doc) =>
      doc.kind === "code"
        ? doc.terms.flatMap((t) => {
            const [first, second] = tokenize(t.norm);
            return (t.field === "code" || t.field === "alias") && first && /^[a-z]+$/.test(first) && /\d/.test(second ?? "") ? [first] : [];
          })
        : [],
    ),
  ]);
  /** Letters typed before a number may start a code: a code's start, or a word the catalog does not have. */
  const startsCode = (letters: string) => !isName(letters) && (codePrefixes.has(letters) || !isIndexWord(letters));

  function run(query: string, offer: (d: number, score: number, ti: number, how: number) => void) {
    let exactCode = false;
    let similar = 0;
    const missing: { code: string; raw: string }[] = [];
    for (const span of extractCodeSpans(query)) {
      const hits = exact.get(span.code);
      if (hits) {
        for (const [d, ti] of hits) offer(d, SCORE_EXACT_PART, ti, HOW.exact);
        if (hits.some(([d]) => docs[d]?.kind === "code")) exactCode = true;
        continue;
      }
      if (isCodeLike(span, query, isWord, startsCode)) missing.push(span);
    }
    if (exactCode) return { exactCode };
    for (const { code } of missing) {
      if (code.length < 4 || !/\d/.test(code) || ++similar > MAX_SIMILAR_CANDIDATES) continue;
      const max = code.length <= 5 ? 1 : 2;
      codes.within(code, max, ({ d, ti, key }, dist) =>
        // The start of a code being typed (PGSE3) is no typo.
        offer(d, SCORE_SIMILAR - (dist - 1) * 16, ti, key.startsWith(code) ? HOW.start : HOW.similar),
      );
    }
    const first = missing.sort((a, b) => b.code.length - a.code.length)[0];
    if (!first) return { exactCode };
    // Codes that start with the same letters (OR-CCSEH-05 → the OR-CCSEH codes), nearest first.
    for (const { code } of byPrefix.get(letterPrefix(first.code))?.nearest(first.code, MAX_SAME_SHAPE, 8) ?? [])
      offer(code.d, SCORE_SAME_SHAPE, code.ti, HOW.similar);
    return { exactCode, missingCode: first.raw };
  }

  return { run, nearest: (key, count, max) => codes.nearest(key, count, max) };
}
