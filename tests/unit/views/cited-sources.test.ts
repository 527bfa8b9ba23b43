import { describe, expect, it } from "vitest";
import { getCatalog } from "../../../lib/catalog";
import { citedSources } from "../../../lib/views/cited-sources";

describe("citedSources", () => {
  const withUrl = getCatalog().sources.find((s) => s.url !== undefined);

  it("keeps each known id once, in order, with its link's host, and drops unknown ids", () => {
    expect(withUrl).toBeDefined();
    const id = withUrl!.id;
    const cited = citedSources([id, "no-such-source", id]);
    expect(cited.map((s) => s.id)).toEqual([id]);
    expect(cited[0]!.host).toBe(new URL(withUrl!.url!).hostname);
  });

  it("gives an empty list for no known ids", () => {
    expect(citedSources([])).toEqual([]);
    expect(citedSources(["no-such-source"])).toEqual([]);
  });
});
