import { foldBase, type CodeSpan } from "./normalize";

/**
 * Whether a code found in a query (extractCodeSpans) looks like an error code a screen showed, so that
 * search may say 「… はまだ載っていません」 when the catalog lacks it. Amounts, times and counts are not
 * codes (5000円, 24時間, 3回), nor are words that happen to hold a digit (3DS, 3Dセキュア2.0).
 */

// A number followed by one of these is an amount, a time or a count.
const UNIT_AFTER = /^\s*[円時間回日週月年件分秒桁万枚歳%％度人]/u;

/**
 * `isWord` tells a word of the catalog's synonym list (3ds); `startsCode` whether letters typed before a
 * number with a space may be the start of that code (transStatusReason 99, PGSE 99), which a name or an
 * ordinary word may not: 「nanaco SSYE31」 holds the code SSYE31, 「LINE Pay 1101」 the code 1101.
 */
export function isCodeLike(span: CodeSpan, query: string, isWord: (compact: string) => boolean, startsCode: (letters: string) => boolean): boolean {
  const { code, raw } = span;
  if (isWord(code)) return false;
  const identifier = /_/.test(raw);
  if (identifier) return true;
  // Parts joined by a space are one code only as letters then digits (PGSE 37, transStatusReason 99),
  // and never when the letters are a name typed before the code.
  const parts = raw.split(/\s+/);
  if (parts.length > 2) return false;
  if (parts.length > 1) {
    const letters = parts.slice(0, -1).join("").toLowerCase();
    if (!/^[a-z]+$/.test(letters) || !/^\d+$/.test(parts[parts.length - 1] ?? "") || !startsCode(letters)) return false;
  }
  if (/^\d+$/.test(code)) {
    if (code.length < 3) return false;
    const base = foldBase(query);
    const at = base.indexOf(code);
    return at < 0 || !UNIT_AFTER.test(base.slice(at + code.length));
  }
  return code.length >= 3 && /[a-z]/.test(code) && /\d/.test(code);
}
