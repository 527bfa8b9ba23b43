"use client";

import { useEffect, useState, type ReactNode } from "react";
import { containsCardNumber } from "@/lib/search/card-number";
import { resultsStateFor, type ResultsState } from "@/lib/search/results-state";
import { SEARCH_TEXT } from "@/lib/ui-text/search";
import { loadSearchEngine } from "./load-engine";
import { SearchResultsView } from "./search-results-view";

/**
 * /search in the static export: the server rendered the page without ?q, so the browser reads it and
 * searches with the same engine. A card number in the address is removed from it and never searched.
 * Shows its children (the server's empty state) until there is something else to show.
 */
export function ClientResults({ children }: { children: ReactNode }) {
  const [view, setView] = useState<ResultsState | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get("q");
    if (q === null || q.trim() === "") return;
    if (containsCardNumber(q)) {
      window.history.replaceState(null, "", window.location.pathname);
      setView({ state: "blocked" });
      return;
    }
    let live = true;
    loadSearchEngine().then(
      (engine) => live && setView(resultsStateFor(engine, q)),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  if (failed) return <p className="notice">{SEARCH_TEXT.loadFailed}</p>;
  return view ? <SearchResultsView view={view} /> : children;
}
