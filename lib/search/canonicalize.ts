import type { SynonymTable } from "./synonyms";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Short kana or Latin variants (ミス, pw) replace only a whole word, not the inside of another word. */
const isShortPlain = (v: string) => v.length < 3 && /^[\p{Script=Hiragana}a-z0-9]+$/u.test(v);

/**
 * A variant's pattern. Latin words are already delimited, so a Latin end of a variant must not run on
 * into more letters: 3ds is not inside 3dsec (a 3D Secure typed so far) nor securecode inside
 * securecodes. Kana and kanji have no spaces between words and match anywhere (りようげんど).
 */
const patternOf = (v: string) =>
  `${/^[a-z0-9]/.test(v) ? "(?<![a-z])" : ""}${escape(v)}${/[a-z0-9]$/.test(v) ? "(?![a-z])" : ""}`;

/**
 * Builds a function that rewrites normalised text so every synonym becomes its group's word.
 * Used on index fields and queries alike; pure and total.
 */
export function createCanonicalizer(table: SynonymTable): (normalized: string) => string {
  const anywhere = table.filter(([v]) => !isShortPlain(v));
  const wholeWord = new Map(table.filter(([v]) => isShortPlain(v)));
  const canonicalOf = new Map(anywhere);
  const pattern = anywhere.length > 0 ? new RegExp(anywhere.map(([v]) => patternOf(v)).join("|"), "g") : null;
  return (normalized) => {
    if (normalized === "") return "";
    const replaced = pattern ? normalized.replace(pattern, (m) => ` ${canonicalOf.get(m) ?? m} `) : normalized;
    return replaced
      .split(" ")
      .filter((w) => w.length > 0)
      .map((w) => wholeWord.get(w) ?? w)
      .join(" ");
  };
}
