"use client";

import { useEffect, useId, useRef, useState } from "react";

/**
 * Narrows the card-company list by name as the person types. Only an enhancement: without JavaScript the
 * whole list shows. It hides list items by their data-names, so the list itself stays server-rendered.
 */
export function IssuerFilter({ label, noMatch }: { label: string; noMatch: string }) {
  const [ready, setReady] = useState(false);
  const [query, setQuery] = useState("");
  const [empty, setEmpty] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const inputId = useId();
  useEffect(() => setReady(true), []);
  useEffect(() => {
    const list = ref.current?.parentElement?.querySelector("[data-issuer-list]");
    if (!list) return;
    const q = query.trim().toLowerCase();
    let shown = 0;
    for (const li of Array.from(list.querySelectorAll<HTMLElement>("li[data-names]"))) {
      const match = q === "" || (li.dataset.names ?? "").includes(q);
      li.hidden = !match;
      if (match) shown++;
    }
    setEmpty(shown === 0);
  }, [query]);
  return (
    <div ref={ref} className="issuer-filter">
      {ready ? (
        <>
          <label htmlFor={inputId}>{label}</label>
          <input id={inputId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
          {empty ? <p role="status">{noMatch}</p> : null}
        </>
      ) : null}
    </div>
  );
}
