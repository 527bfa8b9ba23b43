"use client";

import { useReducer } from "react";
import type { SearchOutcome, SearchResult } from "@/lib/search/types";

/** The suggestion list of the search box: what it holds, whether it is open, which option is active. */
export type Suggestions = {
  results: SearchResult[];
  /** A code in the box the catalog lacks (said above the options). */
  missingCode?: string;
  open: boolean;
  /** The active option, -1 for none. */
  active: number;
};

export type SuggestionAction =
  /** New suggestions for what is in the box: open when there is anything to say. */
  | { type: "show"; outcome: Pick<SearchOutcome, "results" | "missingCode"> }
  /** Close the list, keeping what it holds (Esc, leaving the box, opening a result). */
  | { type: "close" }
  /** Empty and close the list (an empty box, a card number typed). */
  | { type: "clear" }
  /** ↑ or ↓: opens a closed list on the first (last) option, else moves round the options. */
  | { type: "move"; down: boolean };

export const NO_SUGGESTIONS: Suggestions = { results: [], open: false, active: -1 };

export function suggestionsReducer(state: Suggestions, action: SuggestionAction): Suggestions {
  switch (action.type) {
    case "show": {
      const { results, missingCode } = action.outcome;
      return { results, ...(missingCode !== undefined ? { missingCode } : {}), open: results.length > 0 || missingCode !== undefined, active: -1 };
    }
    case "close":
      return state.open || state.active !== -1 ? { ...state, open: false, active: -1 } : state;
    case "clear":
      return NO_SUGGESTIONS;
    case "move": {
      const n = state.results.length;
      if (n === 0) return state;
      const { down } = action;
      const active = !state.open || state.active < 0 ? (down ? 0 : n - 1) : (state.active + (down ? 1 : n - 1)) % n;
      return { ...state, open: true, active };
    }
  }
}

export function useSuggestions() {
  return useReducer(suggestionsReducer, NO_SUGGESTIONS);
}
