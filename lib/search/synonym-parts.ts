import { tokenize } from "./normalize";
import type { SynonymTable } from "./synonyms";

/** A synonym group a query word belongs to, and how surely (a word of a name 0.9, its start 0.8). */
export type SynonymPart = { readonly canonical: string; readonly factor: number };

const WHOLE = 0.9;
const START = 0.8;

/** Two kana start too many names (ほん, せき); two Latin letters or kanji narrow them enough (ma, 本人). */
const longEnoughStart = (token: string) => token.length >= (/^[\p{Script=Hiragana}]+$/u.test(token) ? 3 : 2);

/**
 * The synonym table folds a whole name into its group's word, in the index and in the query alike:
 * 「EMV 3-D Secure」 and 「すりーでぃーせきゅあ」 are indexed as 本人認証, so their parts (emv, 3d,
 * せきゅあ) and their beginnings (すりでい, masterc, ほんにん) are words of nothing. This answers, for such a
 * word (or query), the groups whose names have it as a word, or as the start of a word or of the whole
 * name, as people type them word by word and the search box suggests as they type. Pure.
 */
export function createSynonymParts(table: SynonymTable): (token: string) => SynonymPart[] {
  // Each variant's words, the variant without spaces (emv3ds) and with them (for a query of several
  // words), with its group's word. A few hundred.
  const parts = table.flatMap(([variant, canonical]) =>
    [...new Set([...tokenize(variant), variant.replace(/ /g, ""), variant])].map((word) => ({ word, canonical })),
  );
  // A word equal to the token, or starting with it, starts with the token's first character: only
  // those are read (a few instead of every part of a long table).
  const byFirst = new Map<string, typeof parts>();
  for (const p of parts) {
    const first = String.fromCodePoint(p.word.codePointAt(0) ?? 0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), p]);
  }
  return (token) => {
    const found = new Map<string, number>();
    for (const { word, canonical } of byFirst.get(String.fromCodePoint(token.codePointAt(0) ?? 0)) ?? []) {
      const factor = word === token ? WHOLE : word.startsWith(token) && longEnoughStart(token) ? START : 0;
      if (factor > (found.get(canonical) ?? 0)) found.set(canonical, factor);
    }
    return [...found].map(([canonical, factor]) => ({ canonical, factor }));
  };
}
