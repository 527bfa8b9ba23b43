import type { SearchResult } from "@/lib/search/types";
import { UI } from "@/lib/ui-text";
import { WayOn } from "./way-on";

/** Nothing matched: say so kindly, offer the nearest codes, the general checks and the diagnosis wizard. */
export function NoResults({ query, nearest, checks }: { query: string; nearest: readonly SearchResult[]; checks?: SearchResult }) {
  return (
    <WayOn headline={UI.search.page.none(query)} help={UI.search.page.noneHelp} checks={checks}>
      {nearest.length > 0 ? (
        <>
          <h3>{UI.search.page.nearestHeading}</h3>
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
