import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCodeMatcher, type CodeKey } from "@/lib/search/code-matcher";
import { editDistance } from "@/lib/search/edit-distance";
import { PROPERTY_PARAMS } from "../support/hostile-strings";

const keysOf = (keys: readonly string[]): CodeKey[] => keys.map((key, d) => ({ d, ti: 0, key }));

/** The answer without any shortcut: the edit distance to every code. */
function everyCode(codes: readonly CodeKey[], query: string, max: number) {
  return codes.map((code) => ({ code, dist: editDistance(query, code.key, max) }));
}

describe("editDistance", () => {
  it("counts a swap as one edit and reads max + 1 for anything farther than max", () => {
    expect(editDistance("pges37", "pgse37")).toBe(1);
    expect(editDistance("pgse37", "pgse35")).toBe(1);
    expect(editDistance("pges37", "pgse05")).toBe(3);
    expect(editDistance("pges37", "pgse05", 2)).toBe(3);
    // Every row stays within 5, only the last cell is 7.
    expect(editDistance("ae7", "aaaaaaaa", 5)).toBe(6);
  });
});

describe("createCodeMatcher", () => {
  const codes = keysOf(["pgse37", "pgse35", "pgse05", "er323", "er321", "42g300000", "本人認証ができません", "g12"]);
  const matcher = createCodeMatcher(codes);
  const within = (q: string, max: number) => {
    const out: string[] = [];
    matcher.within(q, max, (c, dist) => out.push(`${c.key}:${dist}`));
    return out;
  };

  it("finds codes one swap, substitution or keystroke away", () => {
    expect(within("pges37", 2)).toEqual(["pgse37:1", "pgse35:2"]);
    expect(within("pgse73", 2)).toEqual(["pgse37:1", "pgse35:2", "pgse05:2"]);
    expect(within("ee323", 1)).toEqual(["er323:1"]);
    expect(within("pgse3", 1)).toEqual(["pgse37:1", "pgse35:1"]);
    expect(within("zzzz", 2)).toEqual([]);
  });

  it("names the closest codes however far, ties in index order", () => {
    expect(matcher.nearest("pgse38", 3, 8).map((n) => `${n.code.key}:${n.dist}`)).toEqual(["pgse37:1", "pgse35:1", "pgse05:2"]);
    // Nothing within 1: the first codes fill the list, one past the limit.
    expect(matcher.nearest("xxxxxx", 2, 1).map((n) => `${n.code.key}:${n.dist}`)).toEqual(["pgse37:2", "pgse35:2"]);
    expect(matcher.nearest("", 3, 8)).toEqual([]);
    expect(matcher.nearest("pgse37", 0, 8)).toEqual([]);
  });

  const alphabet = fc.constantFrom(..."abe0137あ");
  const key = fc.string({ unit: alphabet, minLength: 1, maxLength: 9 });

  it("finds exactly the codes within max edits, as checking every code does", () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 30 }), key, fc.integer({ min: 0, max: 3 }), (keys, query, max) => {
        const all = keysOf(keys);
        const got: string[] = [];
        createCodeMatcher(all).within(query, max, (c, dist) => got.push(`${c.d}:${dist}`));
        const want = everyCode(all, query, max).flatMap(({ code, dist }) => (dist <= max ? [`${code.d}:${dist}`] : []));
        expect(got).toEqual(want);
      }),
      PROPERTY_PARAMS,
    );
  });

  it("ranks the nearest codes as sorting every code by distance does", () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 30 }), key, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 5 }), (keys, query, max, count) => {
        const all = keysOf(keys);
        const got = createCodeMatcher(all).nearest(query, count, max).map(({ code, dist }) => `${code.d}:${dist}`);
        const want = everyCode(all, query, max)
          .sort((a, b) => a.dist - b.dist || a.code.d - b.code.d)
          .slice(0, count)
          .map(({ code, dist }) => `${code.d}:${dist}`);
        expect(got).toEqual(want);
      }),
      PROPERTY_PARAMS,
    );
  });
});
