import { describe, expect, it } from "vitest";
import { listCodes } from "@/lib/catalog";
import { getSearchEngine } from "@/lib/search/server";

const engine = getSearchEngine();

/** How many codes list the same alias (after the search's own folding, compared as typed here). */
const owners = new Map<string, number>();
for (const c of listCodes()) for (const a of new Set([c.code, ...c.aliases])) owners.set(a, (owners.get(a) ?? 0) + 1);

describe("every form a code lists is found by exact search", () => {
  const cases = listCodes().flatMap((c) => [...new Set([c.code, ...c.aliases])].map((a) => [a, c.key] as const));

  it("walks every alias of every code", () => {
    expect(cases.length).toBeGreaterThan(listCodes().length);
  });

  it.each(cases)("%s → %s", (alias, key) => {
    const results = engine.search(alias, 5).results;
    const hit = results.find((r) => r.kind === "code" && r.id === key);
    expect(hit, results.map((r) => `${r.kind}:${r.id}`).join(", ")).toBeDefined();
    expect(hit?.reason.how).toBe("exact");
    // A form only one code uses must put that code first.
    if (owners.get(alias) === 1) expect(results[0]?.id).toBe(key);
  });
});
