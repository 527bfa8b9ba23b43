"use client";

import type { SearchResult } from "@/lib/search/types";
import { useSearchText } from "@/hooks/use-ui";
import { reasonText } from "./reason-text";

type Props = {
  id: string;
  optionId: (i: number) => string;
  results: readonly SearchResult[];
  missingCode?: string;
  open: boolean;
  active: number;
  onPick: (href: string) => void;
};

/** The search box's suggestions (a WAI-ARIA listbox), with a line above it for a code not in the catalog. */
export function SuggestionList({ id, optionId, results, missingCode, open, active, onPick }: Props) {
  const SEARCH_TEXT = useSearchText();
  return (
    <div className="search-popup" hidden={!open}>
      {missingCode !== undefined ? <p className="search-missing">{SEARCH_TEXT.missingShort(missingCode)}</p> : null}
      <ul id={id} role="listbox" aria-label={SEARCH_TEXT.listboxLabel} className="search-listbox" hidden={results.length === 0}>
        {results.map((r, i) => {
          const reason = reasonText(r.reason, SEARCH_TEXT.reason);
          return (
            <li
              key={`${r.kind}:${r.id}:${r.issuer ?? ""}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="search-option"
              // Keep focus in the box while the pointer picks an option.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onPick(r.href)}
            >
              <span className="pill">{SEARCH_TEXT.kind[r.kind]}</span>
              <span className={r.kind === "code" ? "code-badge" : undefined}>{r.label}</span>
              <span className="search-option-detail">{r.detail}</span>
              {reason ? <span className="search-reason">{reason}</span> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
