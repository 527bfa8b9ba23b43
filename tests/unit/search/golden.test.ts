import { describe, expect, it } from "vitest";
import { getCatalog } from "@/lib/catalog";
import { getSearchEngine, getSearchIndex } from "@/lib/search/server";
import { SEARCH_GOLDEN } from "../fixtures/search-golden";
import { createJudge } from "../support/search-judge";

const engine = getSearchEngine();
const ids = (q: string) => engine.search(q, 3).results.map((r) => `${r.kind}:${r.id}`);

const judge = createJudge(getCatalog(), getSearchIndex());

describe("golden table on the real catalog", () => {
  it("has at least 60 queries, each naming a real entry", () => {
    expect(SEARCH_GOLDEN.length).toBeGreaterThanOrEqual(60);
    // A typo in the table would make a case fail for the wrong reason: every expected entry must exist.
    expect(SEARCH_GOLDEN.flatMap((g) => judge.unknownWants(g))).toEqual([]);
  });

  it.each(SEARCH_GOLDEN.map((g) => [g.q, g.want.join(" | "), g.note, g] as const))("%s → %s (%s) is in the top 3", (_q, _want, _note, g) => {
    expect(judge.judge(g, engine.search(g.q, 3)).top3).toBe(true);
  });

  it("puts the expected entry first for at least 95 % of the queries", () => {
    const misses = SEARCH_GOLDEN.filter((g) => !judge.judge(g, engine.search(g.q, 3)).top1).map((g) => `${g.q} → ${ids(g.q)[0] ?? "nothing"}`);
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
