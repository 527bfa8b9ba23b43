import type { SearchResult } from "@/lib/search/types";
import { UI } from "@/lib/ui-text";
import { reasonText } from "./reason-text";

/** Search results as plain links: what each is, its name, one line of detail and why it matched. */
export function ResultList({ results, showReason = true }: { results: readonly SearchResult[]; showReason?: boolean }) {
  return (
    <ol className="search-results">
      {results.map((r) => {
        const reason = showReason ? reasonText(r.reason, UI.search.reason) : "";
        return (
          <li key={`${r.kind}:${r.id}:${r.issuer ?? ""}`}>
            <span className="pill">{UI.search.kind[r.kind]}</span>
            <a href={r.href} className={r.kind === "code" ? "code-badge" : undefined}>
              {r.label}
            </a>
            <div className="muted">{r.detail}</div>
            {reason ? <div className="search-reason">{reason}</div> : null}
          </li>
        );
      })}
    </ol>
  );
}
