"use client";

import { useEffect } from "react";
import { ISSUER_QUERY, issuerFromFragment } from "@/lib/web/links";

/**
 * Keeps the chosen card company on the result page whatever in-page link is used. The company arrives
 * as ?card={id} (and #card-{id} for pages without JavaScript); it is written on the scope's data-card,
 * which the CSS of IssuerScope reads, so a later fragment (「本文へ移動」 → #main) changes nothing. An old
 * link with only #card-{id} gets the query added in place, so reloading or sharing it keeps the choice.
 */
export function KeepIssuerChoice({ ids }: { ids: readonly string[] }) {
  useEffect(() => {
    const scope = document.querySelector<HTMLElement>("[data-wz-scope]");
    if (!scope) return;
    const known = new Set(ids);
    function apply() {
      const url = new URL(window.location.href);
      const fromHash = issuerFromFragment(url.hash);
      const fromQuery = url.searchParams.get(ISSUER_QUERY);
      // A fragment naming a company is a new choice; any other fragment leaves the choice as it was.
      const id = [fromHash, fromQuery].find((x): x is string => x !== null && known.has(x));
      if (!id || !scope) return;
      scope.dataset.card = id;
      if (fromQuery !== id) {
        url.searchParams.set(ISSUER_QUERY, id);
        window.history.replaceState(window.history.state, "", url);
      }
    }
    apply();
    window.addEventListener("hashchange", apply);
    return () => window.removeEventListener("hashchange", apply);
  }, [ids]);
  return null;
}
