/**
 * Long parenthesised asides (「（画面には J/Secure と、旧名称の…が並んでいます。…）」) break the sentence a
 * person on a phone is trying to follow. Pages show the sentence without them and the asides behind a
 * 「くわしく」; short ones (「（ゴールド）」) stay where they are.
 */
export const ASIDE_MIN_LENGTH = 40;

export interface SplitText {
  /** The text without its long asides. */
  main: string;
  /** Each long aside, without its outer brackets, in reading order. */
  asides: string[];
}

export function splitAsides(text: string, minLength: number = ASIDE_MIN_LENGTH): SplitText {
  const asides: string[] = [];
  let main = "";
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "（") {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === "）" && depth > 0) {
      depth--;
      if (depth === 0) {
        const aside = text.slice(start, i + 1);
        if (aside.length >= minLength) asides.push(aside.slice(1, -1).trim());
        else main += aside;
      }
    } else if (depth === 0) {
      main += ch;
    }
  }
  // An opening bracket never closed: the text is kept as written rather than cut.
  if (depth > 0) return { main: text, asides: [] };
  return { main: main.replace(/\s+([。、])/g, "$1").trim(), asides };
}
