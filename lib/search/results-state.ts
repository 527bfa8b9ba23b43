import { containsCardNumber } from "./card-number";
import type { SearchEngine } from "./engine";
import { MAX_QUERY_LENGTH, clampQuery } from "./limits";
import type { SearchResult } from "./types";

/** What /search shows: nothing asked yet, a blocked card number, or results (maybe none). */
export type ResultsState =
  | { state: "empty" }
  | { state: "blocked" }
  | {
      state: "results";
      query: string;
      truncated: boolean;
      results: SearchResult[];
      nearest: SearchResult[];
      /** A code in the query that the catalog does not have (yet), as typed: said first. */
      missingCode?: string;
      /** What to check first when the code is missing or nothing matched. */
      checks?: SearchResult;
    };

export const PAGE_RESULT_LIMIT = 20;

/** What /search shows for a raw ?q value (anything a URL can carry), on the server or in the browser. */
export function resultsStateFor(engine: SearchEngine, raw: unknown): ResultsState {
  const text = typeof raw === "string" ? raw : Array.isArray(raw) && typeof raw[0] === "string" ? raw[0] : "";
  if (containsCardNumber(text)) return { state: "blocked" };
  const query = clampQuery(text).trim();
  if (query === "") return { state: "empty" };
  const { results, missingCode } = engine.search(query, PAGE_RESULT_LIMIT);
  const checks = missingCode !== undefined || results.length === 0 ? engine.generalChecks(results) : undefined;
  return {
    state: "results",
    query,
    truncated: text.length > MAX_QUERY_LENGTH,
    results,
    // For a missing code, codes of its shape are among the results already; "nearest" is for nothing found.
    nearest: results.length === 0 && missingCode === undefined ? engine.nearestCodes(query, 3) : [],
    ...(missingCode !== undefined ? { missingCode } : {}),
    ...(checks ? { checks } : {}),
  };
}
