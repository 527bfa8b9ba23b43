import Link from "next/link";
import { diagnoseHref } from "@/lib/links";
import type { SearchResult } from "@/lib/search/types";
import { SEARCH_TEXT } from "@/lib/ui-text/search";

/** Nothing matched: say so kindly, offer the nearest codes and the diagnosis wizard. */
export function NoResults({ query, nearest }: { query: string; nearest: readonly SearchResult[] }) {
  return (
    <div className="card">
      <p>
        <strong>{SEARCH_TEXT.page.none(query)}</strong>
      </p>
      <p>{SEARCH_TEXT.page.noneHelp}</p>
      {nearest.length > 0 ? (
        <>
          <h2>{SEARCH_TEXT.page.nearestHeading}</h2>
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
      <p>{SEARCH_TEXT.page.diagnoseLead}</p>
      <p>
        <Link href={diagnoseHref()}>{SEARCH_TEXT.page.diagnoseLink}</Link>
      </p>
    </div>
  );
}
