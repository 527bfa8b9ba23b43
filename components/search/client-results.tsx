"use client";

import { useEffect, useState, type ReactNode } from "react";
import { useAddressParams } from "@/hooks/use-address-params";
import { containsCardNumber } from "@/lib/search/card-number";
import { resultsStateFor, type ResultsState } from "@/lib/search/results-state";
import { UI } from "@/lib/ui-text";
import { CARD_WARNING, cardWarningHref } from "@/lib/web/links";
import { loadSearchEngine } from "./load-engine";
import { SearchResultsView } from "./search-results-view";

/**
 * /search in the static export: the server rendered the page without ?q, so the browser reads it and
 * searches with the same engine. A card number in the address is never searched, and the address is
 * replaced by the warning's, as the server's redirect does (so what is shown follows from the address).
 * Shows its children (the server's empty state) until there is something else to show.
 */
export function ClientResults({ children }: { children: ReactNode }) {
  const address = useAddressParams();
  const q = address?.get("q") ?? "";
  const hasCard = containsCardNumber(q);
  const blocked = hasCard || address?.get("warn") === CARD_WARNING;
  const [found, setFound] = useState<{ q: string; view: ResultsState } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (hasCard) window.history.replaceState(null, "", cardWarningHref());
  }, [hasCard]);

  useEffect(() => {
    if (q.trim() === "" || containsCardNumber(q)) return;
    let live = true;
    loadSearchEngine().then(
      (engine) => live && setFound({ q, view: resultsStateFor(engine, q) }),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [q]);

  if (blocked) return <SearchResultsView view={{ state: "blocked" }} />;
  if (failed) return <p className="notice">{UI.search.loadFailed}</p>;
  // Results for an earlier address are not shown under a new one.
  return found?.q === q ? <SearchResultsView view={found.view} /> : children;
}
