import { containsCardNumber } from "./card-number";
import type { SearchEngine } from "./engine";
import { MAX_QUERY_LENGTH, clampQuery } from "./limits";
import type { SearchResult } from "./types";

/** What /search shows: nothing asked yet, a blocked card number, or results (maybe none). */
export type ResultsState =
  | { state: "empty" }
  | { state: "blocked" }
  | { state: "results"; query: string; truncated: boolean; results: SearchResult[]; nearest: SearchResult[] };

export const PAGE_RESULT_LIMIT = 20;

/** What /search shows for a raw ?q value (anything a URL can carry), on the server or in the browser. */
export function resultsStateFor(engine: SearchEngine, raw: unknown): ResultsState {
  const text = typeof raw === "string" ? raw : Array.isArray(raw) && typeof raw[0] === "string" ? raw[0] : "";
  if (containsCardNumber(text)) return { state: "blocked" };
  const query = clampQuery(text).trim();
  if (query === "") return { state: "empty" };
  const { results } = engine.search(query, PAGE_RESULT_LIMIT);
  return {
    state: "results",
    query,
    truncated: text.length > MAX_QUERY_LENGTH,
    results,
    nearest: results.length === 0 ? engine.nearestCodes(query, 3) : [],
  };
}
