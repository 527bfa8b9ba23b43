import { describe, expect, it } from "vitest";
import { getSearchEngine, getSearchIndex } from "@/lib/search/server-index";
import { SEARCH_GOLDEN } from "./fixtures/search-golden";

const engine = getSearchEngine();
const ids = (q: string) => engine.search(q, 3).results.map((r) => `${r.kind}:${r.id}`);

describe("golden table on the real catalog", () => {
  it("has at least 60 queries, each naming a real entry", () => {
    expect(SEARCH_GOLDEN.length).toBeGreaterThanOrEqual(60);
    // A typo in the table would make a case fail for the wrong reason: every expected entry must exist.
    const known = new Set(getSearchIndex().docs.map((d) => `${d.kind}:${d.id}`));
    expect(SEARCH_GOLDEN.filter((g) => !known.has(g.expect)).map((g) => g.expect)).toEqual([]);
  });

  it.each(SEARCH_GOLDEN.map((g) => [g.q, g.expect, g.note] as const))("%s → %s (%s) is in the top 3", (q, want) => {
    expect(ids(q)).toContain(want);
  });

  it("puts the expected entry first for at least 95 % of the queries", () => {
    const misses = SEARCH_GOLDEN.filter((g) => ids(g.q)[0] !== g.expect).map((g) => `${g.q} → ${ids(g.q)[0] ?? "nothing"}`);
    expect(misses.length / SEARCH_GOLDEN.length, misses.join("\n")).toBeLessThanOrEqual(0.05);
  });

  it("says why each result matched", () => {
    for (const g of SEARCH_GOLDEN.slice(0, 10)) {
      const top = engine.search(g.q, 1).results[0];
      expect(top?.reason.how).toMatch(/^(exact|similar|words|fuzzy)$/);
      expect(top?.href).toMatch(/^\//);
    }
  });
});

describe("engine edges", () => {
  it("a card number is never searched", () => {
    expect(engine.search("4111 1111 1111 1111")).toEqual({ query: "", blocked: true, results: [] });
  });

  it.each([undefined, null, 3, {}, "", "   ", "\ud800", "💳".repeat(5_000), "【】：-－", "a".repeat(100_000)])(
    "odd input %# gives a result, never throws",
    (q) => {
      expect(() => engine.search(q)).not.toThrow();
      expect(Array.isArray(engine.search(q).results)).toBe(true);
      expect(() => engine.nearestCodes(q)).not.toThrow();
    },
  );

  it("nearest codes for an unknown code", () => {
    expect(engine.nearestCodes("PGSE38", 3).map((r) => r.id)).toContain("nanaco/pgse37");
  });
});
