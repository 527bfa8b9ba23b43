"use client";

import { useEffect } from "react";
import { chosenInAddress } from "../issuer/chosen-in-address";

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
    function apply() {
      // A fragment naming a company is a new choice; any other fragment leaves the choice as it was.
      const id = chosenInAddress(ids);
      if (id && scope) scope.dataset.card = id;
    }
    apply();
    window.addEventListener("hashchange", apply);
    return () => window.removeEventListener("hashchange", apply);
  }, [ids]);
  return null;
}
