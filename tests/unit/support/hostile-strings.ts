import fc from "fast-check";

// Text people (and robots) may type or paste: everything a search box or a URL can carry, in the
// proportions that break code — control characters, emoji (surrogate pairs, ZWJ sequences), right-to-left
// text and marks, lone surrogates, full-width forms, combining marks, and the code shapes we look for.

/** Fragments known to trip string handling, mixed with random text. */
const NASTY_FRAGMENTS: readonly string[] = [
  "\u0000",
  "\u0007",
  "\b",
  "\t",
  "\n",
  "\r\n",
  "\u001b[31m",
  "\u007f",
  "\u0085",
  "\u00a0",
  "\u200b",
  "\u200d",
  "\u200e",
  "\u200f",
  "\u202a",
  "\u202e",
  "\u2066",
  "\u2069",
  "\u2028",
  "\u2029",
  "\ufeff",
  "\ufffd",
  "\ud800",
  "\udfff",
  "\udc00\ud800",
  "\ud83d",
  "\ude00",
  "💳",
  "👨‍👩‍👧‍👦",
  "🇯🇵",
  "👍🏽",
  "❤️",
  "مرحبا",
  "שלום",
  "العربية ER323",
  "ＥＲ３２３",
  "ｅｒ３２３",
  "ＰＧＳＥ３７",
  "サーバーエラー:PGSE37",
  "エラーコード：ER323",
  "G30-42G300000",
  "G30‐42G300000",
  "ｶｰﾄﾞ",
  "ガ",
  "カ\u3099",
  "é",
  "e\u0301",
  "\u0301\u0301\u0301",
  "Å",
  "ﬁ",
  "ß",
  "İ",
  "ǅ",
  "%",
  "%E3%81",
  "%%",
  "\\",
  "\\u0000",
  "${}",
  "{{",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "../../",
  "?",
  "#",
  "&",
  "=",
  "(",
  ")",
  "[",
  "]",
  "*",
  "+",
  ".*",
  "^$",
  "|",
  "a{1000}",
  "(a+)+$",
  "\\d+",
  "4111 1111 1111 1111",
  "4111-1111-1111-1111",
  "123",
  "0",
  "-0",
  "1e309",
  "NaN",
  "undefined",
  "null",
  "__proto__",
  "constructor",
  "　",
  " ",
  "…",
  "ー",
  "〜",
  "～",
];

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_FRAGMENTS) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 10 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(..."ERPGSE0123456789-: "), maxLength: 12 }) },
);

/** Any string up to `maxLength` UTF-16 units, built from hostile fragments and random code units. */
export function hostileString(maxLength = 10_000): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join("").slice(0, maxLength)) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: Math.min(maxLength, 300) }) },
    // Long inputs: one fragment repeated up to the limit (pasted logs, held-down keys, ReDoS bait).
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...NASTY_FRAGMENTS), fc.integer({ min: 1, max: maxLength }))
        .map(([f, n]) => f.repeat(Math.ceil(n / Math.max(1, f.length))).slice(0, maxLength)),
    },
  );
}

/** The longest inputs, which the random mix reaches rarely: checked every time, once each. */
export function maximalStrings(maxLength = 10_000): string[] {
  return NASTY_FRAGMENTS.map((f) => f.repeat(Math.ceil(maxLength / f.length)).slice(0, maxLength)).concat([
    Array.from({ length: maxLength }, (_, i) => String.fromCharCode(i % 0xffff)).join(""),
  ]);
}

/** Fixed seed: the same cases on every run and in CI; fc prints the seed and path of any failure. */
export const PROPERTY_PARAMS = { seed: 20261122, numRuns: 300 } as const;
