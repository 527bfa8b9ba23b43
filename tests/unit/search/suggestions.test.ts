import { describe, expect, it } from "vitest";
import { NO_SUGGESTIONS, suggestionsReducer, type Suggestions } from "@/hooks/use-suggestions";
import type { SearchResult } from "@/lib/search/types";

const result = (id: string): SearchResult => ({
  kind: "code",
  id,
  href: `/codes/${id}`,
  label: id,
  detail: "",
  score: 1,
  reason: { how: "exact", field: "code", term: id, reading: false },
});
const three = [result("a/1"), result("a/2"), result("a/3")];
const shown = (s: Suggestions = NO_SUGGESTIONS) => suggestionsReducer(s, { type: "show", outcome: { results: three } });

describe("the search box's suggestion list", () => {
  it("opens on new suggestions with nothing active, and stays closed on none", () => {
    expect(shown()).toEqual({ results: three, open: true, active: -1 });
    expect(suggestionsReducer(NO_SUGGESTIONS, { type: "show", outcome: { results: [] } }).open).toBe(false);
  });

  it("opens for a missing code alone, to say it is not here yet", () => {
    const s = suggestionsReducer(NO_SUGGESTIONS, { type: "show", outcome: { results: [], missingCode: "OR-CCSEH-05" } });
    expect(s).toEqual({ results: [], missingCode: "OR-CCSEH-05", open: true, active: -1 });
    // No options to move through.
    expect(suggestionsReducer(s, { type: "move", down: true })).toBe(s);
  });

  it("↓ and ↑ go round the options, and reopen a closed list at the first or the last", () => {
    let s = shown();
    s = suggestionsReducer(s, { type: "move", down: true });
    expect(s.active).toBe(0);
    s = suggestionsReducer(s, { type: "move", down: false });
    expect(s.active).toBe(2);
    s = suggestionsReducer(s, { type: "move", down: true });
    expect(s.active).toBe(0);
    s = suggestionsReducer(s, { type: "close" });
    expect(s).toEqual({ results: three, open: false, active: -1 });
    expect(suggestionsReducer(s, { type: "move", down: false })).toMatchObject({ open: true, active: 2 });
  });

  it("close keeps the suggestions, clear empties them; closing a closed list changes nothing", () => {
    const closed = suggestionsReducer(shown(), { type: "close" });
    expect(closed.results).toBe(three);
    expect(suggestionsReducer(closed, { type: "close" })).toBe(closed);
    expect(suggestionsReducer(shown(), { type: "clear" })).toBe(NO_SUGGESTIONS);
  });
});
