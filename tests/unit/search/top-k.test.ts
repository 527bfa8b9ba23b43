import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createScoreBoard } from "@/lib/search/score-board";
import { topK } from "@/lib/search/top-k";
import { PROPERTY_PARAMS } from "../support/hostile-strings";

describe("topK", () => {
  const byScoreThenIndex = (scores: readonly number[]) => (a: number, b: number) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b;

  it("keeps the best few in order", () => {
    const scores = [5, 9, 1, 9, 7, 3];
    expect(topK([0, 1, 2, 3, 4, 5], 3, byScoreThenIndex(scores))).toEqual([1, 3, 4]);
    expect(topK([0, 1, 2, 3, 4, 5], 3, byScoreThenIndex(scores), (i) => i !== 3)).toEqual([1, 4, 0]);
    expect(topK(Int32Array.from([5, 4, 3]), 2, (a, b) => a - b)).toEqual([3, 4]);
  });

  it("gives nothing for no count, and whole numbers of items only", () => {
    expect(topK([1, 2, 3], 0, (a, b) => a - b)).toEqual([]);
    expect(topK([1, 2, 3], -1, (a, b) => a - b)).toEqual([]);
    expect(topK([1, 2, 3], Number.NaN, (a, b) => a - b)).toEqual([]);
    expect(topK([3, 1, 2], 2.7, (a, b) => a - b)).toEqual([1, 2]);
    expect(topK([3, 1, 2], Number.POSITIVE_INFINITY, (a, b) => a - b)).toEqual([1, 2, 3]);
  });

  it("equals filtering, sorting everything and slicing, with many ties", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 200 }), fc.integer({ min: 0, max: 60 }), (scores, count) => {
        const items = scores.map((_, i) => i);
        const before = byScoreThenIndex(scores);
        const keep = (i: number) => (scores[i] ?? 0) > 0;
        expect(topK(items, count, before, keep)).toEqual(items.filter(keep).sort(before).slice(0, count));
      }),
      PROPERTY_PARAMS,
    );
  });
});

describe("createScoreBoard", () => {
  it("remembers slots until the next search begins", () => {
    const board = createScoreBoard(5);
    board.begin();
    expect(board.first(3)).toBe(true);
    expect(board.first(1)).toBe(true);
    expect(board.first(3)).toBe(false);
    expect(board.has(1)).toBe(true);
    expect(board.has(0)).toBe(false);
    expect([...board.seen()]).toEqual([3, 1]);
    board.begin();
    expect(board.has(3)).toBe(false);
    expect([...board.seen()]).toEqual([]);
    expect(board.first(3)).toBe(true);
    expect([...board.seen()]).toEqual([3]);
  });
});
