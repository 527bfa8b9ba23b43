import type { SearchResult } from "@/lib/search/types";
import { SEARCH_TEXT } from "@/lib/ui-text/search";
import { WayOn } from "./way-on";

/** Nothing matched: say so kindly, offer the nearest codes, the general checks and the diagnosis wizard. */
export function NoResults({ query, nearest, checks }: { query: string; nearest: readonly SearchResult[]; checks?: SearchResult }) {
  return (
    <WayOn headline={SEARCH_TEXT.page.none(query)} help={SEARCH_TEXT.page.noneHelp} checks={checks}>
      {nearest.length > 0 ? (
        <>
          <h3>{SEARCH_TEXT.page.nearestHeading}</h3>
          <ul className="list-plain">
            {nearest.map((r) => (
              <li key={r.id}>
                <a href={r.href}>
                  <span className="code-badge">{r.label}</span>
                </a>
                <span className="muted">　{r.detail}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </WayOn>
  );
}
