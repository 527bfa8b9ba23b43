"use client";

import { useId, useRef, useState } from "react";

/**
 * Hides the `li[data-names]` of every `[data-filter-list]` inside `scope` that do not hold `query`, opens a
 * folded <details> there that holds a match, and returns how many items still show.
 */
function filterLists(scope: Element, query: string): number {
  const q = query.trim().toLowerCase();
  let shown = 0;
  for (const li of Array.from(scope.querySelectorAll<HTMLElement>("[data-filter-list] li[data-names]"))) {
    const match = q === "" || (li.dataset.names ?? "").includes(q);
    li.hidden = !match;
    if (match) shown++;
  }
  if (q !== "") {
    for (const details of Array.from(scope.querySelectorAll("details"))) {
      if (details.querySelector("[data-filter-list] li[data-names]:not([hidden])")) details.open = true;
    }
  }
  return shown;
}

/**
 * Narrows server-rendered lists as the person types: the lists of the nearest `[data-filter-scope]`. Only
 * an enhancement: without JavaScript it is hidden (by the <noscript> rule) and the whole lists show. With
 * JavaScript it is in the page from the first paint, so nothing moves when the page becomes interactive.
 */
export function ListFilter({ label, noMatch }: { label: string; noMatch: string }) {
  const [query, setQuery] = useState("");
  const [empty, setEmpty] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const inputId = useId();
  function onChange(value: string) {
    setQuery(value);
    const scope = ref.current?.closest("[data-filter-scope]");
    if (scope) setEmpty(filterLists(scope, value) === 0);
  }
  return (
    <div ref={ref} className="list-filter">
      <noscript>
        <style>{".list-filter{display:none}"}</style>
      </noscript>
      <label htmlFor={inputId}>{label}</label>
      <input id={inputId} type="search" value={query} onChange={(e) => onChange(e.target.value)} autoComplete="off" />
      {/* Always in the page, so the message is announced when it appears. */}
      <p role="status" className="list-filter-status">
        {empty ? noMatch : null}
      </p>
    </div>
  );
}
