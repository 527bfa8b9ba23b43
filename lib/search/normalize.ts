/**
 * The one normalisation of search text, used by the index and by every query, so both sides always
 * fold the same way. Pure and total: any string (empty, emoji, control characters, lone surrogates,
 * very long) gives a string; anything else gives "".
 *
 * normalizeText:  "サーバーエラー：ＰＧＳＥ３７" → "さばえら pgse37"
 *                  "本人認証サービス"            → "本人認証 さびす"
 *                  "ER-323"                      → "er323"
 */

// Control characters, zero-width marks, variation selectors and lone surrogates: never meaningful here.
const JUNK =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// Every dash people type between the parts of a code (NFKC leaves most of these alone).
const DASHES = /[\-‐‑‒–—―−﹣－]/g;

/** Step one, shared with code extraction: clean, NFKC (全角→半角, ｶﾅ→カナ), lower case. */
export function foldBase(input: unknown): string {
  if (typeof input !== "string" || input.length === 0) return "";
  return (
    input
      .replace(JUNK, " ")
      .normalize("NFKC")
      .toLowerCase()
      .replace(DASHES, "-")
      // A Japanese keyboard types ー for "-": ERー323 is ER-323.
      .replace(/([a-z0-9])ー(?=[a-z0-9])/g, "$1-")
  );
}

type Script = "latin" | "katakana" | "hiragana" | "kanji" | "other";

function scriptOf(code: number): Script {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return "latin";
  if ((code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc) return "katakana";
  if (code >= 0x3041 && code <= 0x309f) return "hiragana";
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x3005 || code === 0x3006)
    return "kanji";
  return "other";
}

/**
 * Puts a space where the script changes, so 「セゾンカードのエラーPGSE37」 splits into words without a
 * dictionary. Hiragana after kanji stays attached (okurigana: 間違えた); a long-vowel mark after hiragana
 * stays with it (ぱすわーど).
 */
function splitScripts(s: string): string {
  let out = "";
  let prev: Script = "other";
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    let script = scriptOf(code);
    if (code === 0x30fc && prev === "hiragana") script = "hiragana";
    const boundary =
      prev !== script &&
      prev !== "other" &&
      script !== "other" &&
      !(prev === "kanji" && script === "hiragana");
    out += boundary ? ` ${ch}` : ch;
    prev = script;
  }
  return out;
}

const SMALL_KANA: Record<string, string> = {
  ぁ: "あ", ぃ: "い", ぅ: "う", ぇ: "え", ぉ: "お", っ: "つ", ゃ: "や", ゅ: "ゆ", ょ: "よ", ゎ: "わ", ゕ: "か", ゖ: "け",
};

/** Katakana → hiragana, small kana → large, long-vowel marks dropped: カード, かあど and かど meet as かど. */
export function foldKana(s: string): string {
  let out = "";
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x30a1 && code <= 0x30f6) {
      const h = String.fromCodePoint(code - 0x60);
      out += SMALL_KANA[h] ?? h;
    } else if (code === 0x30fc || code === 0xff70) {
      // ー: dropped, so サーバ and サーバー, ぱすわーど and パスワード fold together.
    } else {
      out += SMALL_KANA[ch] ?? ch;
    }
  }
  return out;
}

/** The normalised form of any text: words separated by single spaces, no symbols. */
export function normalizeText(input: unknown): string {
  const base = foldBase(input);
  if (base === "") return "";
  return foldKana(
    splitScripts(
      // A dash inside a code joins its parts (ER-323 → er323, 3-D → 3d).
      base.replace(/([a-z0-9])-(?=[a-z0-9])/g, "$1"),
    ),
  )
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The normalised form without spaces: the key for exact code and alias matches. */
export function compactText(input: unknown): string {
  return normalizeText(input).replace(/ /g, "");
}

/** Splits normalised text into words. */
export function tokenize(normalized: string): string[] {
  return normalized.split(" ").filter((t) => t.length > 0);
}

// Between two parts of one code people put spaces, dashes, colons, dots or nothing.
const CODE_GLUE = /^[\s\-:_./]*$/;

/** A code found in text: its compact form (as the index keys codes) and the text it was written as. */
export type CodeSpan = { code: string; raw: string };

/**
 * Codes found in text as people copy it, with the text each was written as: 「サーバーエラー:PGSE37」 →
 * pgse37 (PGSE37), 「er 323」 → er323, 「G30-42G300000」 → g3042g300000, g30 and 42g300000,
 * 「【42G300000】」 → 42g300000. A code has at least one digit, or joins words with underscores as API
 * codes do (do_not_honor); each candidate is in the compact form used by the index. `raw` keeps the
 * letter case of the input (after NFKC) where it can.
 */
export function extractCodeSpans(input: unknown): CodeSpan[] {
  const base = foldBase(input);
  if (base === "") return [];
  // Same length as base except where lower-casing changes a length (rare letters): then base is shown.
  const cased = typeof input === "string" ? input.replace(JUNK, " ").normalize("NFKC") : "";
  const show = (start: number, end: number) => (cased.length === base.length ? cased : base).slice(start, end).trim();
  const runs = [...base.matchAll(/[a-z0-9]+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const found: CodeSpan[] = [];
  const seen = new Set<string>();
  const add = (c: string, start: number, end: number, identifier = false) => {
    if (c.length < 2 || c.length > 24 || !(identifier || /\d/.test(c)) || seen.has(c)) return;
    seen.add(c);
    found.push({ code: c, raw: show(start, end) });
  };
  for (const m of base.matchAll(/[a-z0-9]+(?:_[a-z0-9]+)+/g)) add(m[0].replace(/_/g, ""), m.index, m.index + m[0].length, true);
  const glued = (i: number) => {
    const a = runs[i];
    const b = runs[i + 1];
    return a !== undefined && b !== undefined && CODE_GLUE.test(base.slice(a.end, b.start));
  };
  // Every run of three or more parts glued together (OR-CCSEH-05), then every pair, then each part.
  for (let i = 0; i < runs.length; ) {
    let j = i;
    while (glued(j)) j++;
    if (j - i >= 2) add(runs.slice(i, j + 1).map((r) => r.text).join(""), runs[i]?.start ?? 0, runs[j]?.end ?? 0);
    i = j + 1;
  }
  for (let i = 0; i < runs.length; i++) if (glued(i)) add(`${runs[i]?.text}${runs[i + 1]?.text}`, runs[i]?.start ?? 0, runs[i + 1]?.end ?? 0);
  for (const r of runs) add(r.text, r.start, r.end);
  return found;
}

/** The compact codes of extractCodeSpans. */
export function extractCodeCandidates(input: unknown): string[] {
  return extractCodeSpans(input).flatMap((s) => (/\d/.test(s.code) ? [s.code] : []));
}
