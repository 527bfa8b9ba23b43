import { editDistance } from "./edit-distance";

/**
 * Finds codes a few keystrokes away from a typed one without computing the edit distance to every code.
 * Two cheap lower bounds of the distance rule most codes out first:
 *  - the difference in length (each insertion or deletion changes it by one);
 *  - characters found in one string and not at all in the other: each needs its own edit (a swap
 *    removes none), so max(missing one way, missing the other way) edits at least.
 * Characters are kept as bit sets (letters, digits, anything else hashed into 32 bits), so a check is a
 * few integer operations. Only codes that pass both get the full editDistance.
 */
export type CodeKey = { readonly d: number; readonly ti: number; readonly key: string };

export type CodeMatcher = {
  /** Calls `visit` for every code within `max` edits of `query`, in index order. */
  within(query: string, max: number, visit: (code: CodeKey, dist: number) => void): void;
  /** The `count` closest codes (ties: index order), however far; [] when `query` is "". */
  nearest(query: string, count: number, max: number): { code: CodeKey; dist: number }[];
};

type Masks = { letters: number; digits: number; other: number };

function masksOf(s: string): Masks {
  let letters = 0;
  let digits = 0;
  let other = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) letters |= 1 << (c - 0x61);
    else if (c >= 0x30 && c <= 0x39) digits |= 1 << (c - 0x30);
    else other |= 1 << (c % 32);
  }
  return { letters, digits, other };
}

function bitCount(n: number): number {
  let x = n - ((n >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Characters of `a` that `b` lacks (as far as the bit sets tell). */
const missing = (a: Masks, b: Masks) => bitCount(a.letters & ~b.letters) + bitCount(a.digits & ~b.digits) + bitCount(a.other & ~b.other);

export function createCodeMatcher(codes: readonly CodeKey[]): CodeMatcher {
  const masks = codes.map((c) => masksOf(c.key));

  /** Never more than the true edit distance between `query` and code i. */
  const lowerBound = (query: string, q: Masks, i: number): number => {
    const code = codes[i] as CodeKey;
    const m = masks[i] as Masks;
    return Math.max(Math.abs(code.key.length - query.length), missing(q, m), missing(m, q));
  };

  function within(query: string, max: number, visit: (code: CodeKey, dist: number) => void): void {
    const q = masksOf(query);
    for (let i = 0; i < codes.length; i++) {
      if (lowerBound(query, q, i) > max) continue;
      const code = codes[i] as CodeKey;
      const dist = editDistance(query, code.key, max);
      if (dist <= max) visit(code, dist);
    }
  }

  function nearest(query: string, count: number, max: number): { code: CodeKey; dist: number }[] {
    if (query === "" || count <= 0) return [];
    const q = masksOf(query);
    // Best first; a later code must be strictly closer to displace one (ties keep index order).
    const top: { code: CodeKey; dist: number }[] = [];
    for (let i = 0; i < codes.length; i++) {
      const worst = top.length < count ? max + 1 : (top[top.length - 1] as { dist: number }).dist;
      const limit = Math.min(max, worst - 1);
      const code = codes[i] as CodeKey;
      let dist = max + 1;
      if (lowerBound(query, q, i) <= limit) dist = editDistance(query, code.key, limit);
      // Farther than `max`: still a filler while fewer than `count` codes were found.
      if (dist > limit) {
        if (top.length < count) top.push({ code, dist: max + 1 });
        continue;
      }
      let at = top.length;
      while (at > 0 && (top[at - 1] as { dist: number }).dist > dist) at--;
      top.splice(at, 0, { code, dist });
      if (top.length > count) top.pop();
    }
    return top;
  }

  return { within, nearest };
}
