import type { SynonymTable } from "./synonyms";

/** Short kana or Latin variants (ミス, pw) replace only a whole word, not the inside of another word. */
const isShortPlain = (v: string) => v.length < 3 && /^[\p{Script=Hiragana}a-z0-9]+$/u.test(v);

const LATIN = /[a-z0-9]/;
const ALL_LATIN = /^[a-z0-9]+$/;

/**
 * Every proper start of a Latin variant written without spaces (3dsec of 3dsecure, erro of error): a
 * Latin word that is one is that name being typed, so a shorter variant inside it (3ds) is not meant.
 */
function typedStarts(table: SynonymTable): Set<string> {
  const starts = new Set<string>();
  for (const [variant] of table) {
    const compact = variant.replace(/ /g, "");
    if (ALL_LATIN.test(compact)) for (let i = 1; i < compact.length; i++) starts.add(compact.slice(0, i));
  }
  return starts;
}

/**
 * Builds a function that rewrites normalised text so every synonym becomes its group's word.
 * Used on index fields and queries alike; pure and total.
 */
export function createCanonicalizer(table: SynonymTable): (normalized: string) => string {
  const anywhere = table.filter(([v]) => !isShortPlain(v));
  const wholeWord = new Map(table.filter(([v]) => isShortPlain(v)));
  const canonicalOf = new Map(anywhere);
  const starts = typedStarts(table);
  // The variants by their first character, longest first (as the table is): at each place of the text
  // the longest variant starting there wins, as a regular expression of them all would find, but
  // without trying hundreds of alternatives at every character.
  const byFirst = new Map<string, string[]>();
  for (const [v] of anywhere) byFirst.set(v[0] as string, [...(byFirst.get(v[0] as string) ?? []), v]);
  const replaceAll = (text: string) => {
    let out = "";
    let i = 0;
    while (i < text.length) {
      let done = false;
      for (const m of byFirst.get(text[i] as string) ?? []) {
        if (!text.startsWith(m, i)) continue;
        const replacement = rewrite(m, i, text);
        if (replacement === null) continue;
        out += replacement;
        i += m.length;
        done = true;
        break;
      }
      if (!done) {
        out += text[i];
        i++;
      }
    }
    return out;
  };
  /** The Latin word around text[at] (letters and digits run together), or "" when text[at] is not Latin. */
  const latinWordAt = (text: string, at: number) => {
    if (!LATIN.test(text[at] ?? "")) return "";
    let start = at;
    let end = at;
    while (start > 0 && LATIN.test(text[start - 1] ?? "")) start--;
    while (end < text.length && LATIN.test(text[end] ?? "")) end++;
    return text.slice(start, end);
  };
  /** The text for variant m found at text[at]; null when a shorter variant starting there should be tried. */
  const rewrite = (m: string, at: number, text: string): string | null => {
    // A Latin variant starts a Latin word, never sits inside one: pin is not inside shopping, fund not
    // inside refund (an ending may follow: errors, charged).
    if (LATIN.test(m[0] ?? "") && LATIN.test(text[at - 1] ?? "")) return m;
    // A variant of several Latin words ends with a whole word: card no is not inside card not (card is).
    if (m.includes(" ") && LATIN.test(m[m.length - 1] ?? "") && LATIN.test(text[at + m.length] ?? "")) return null;
    // 3dsec is 3D Secure typed so far: left whole, the engine takes it as that name's start (not 3ds + ec).
    if (ALL_LATIN.test(m)) {
      const word = latinWordAt(text, at);
      if (word !== m && starts.has(word) && !canonicalOf.has(word)) return m;
    }
    return ` ${canonicalOf.get(m) ?? m} `;
  };
  return (normalized) => {
    if (normalized === "") return "";
    const replaced = replaceAll(normalized);
    return replaced
      .split(" ")
      .filter((w) => w.length > 0)
      .map((w) => wholeWord.get(w) ?? w)
      .join(" ");
  };
}
