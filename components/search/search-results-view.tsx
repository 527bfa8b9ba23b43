import type { ResultsState } from "@/lib/search/results-state";
import { UI } from "@/lib/ui-text";
import { MissingCode } from "./missing-code";
import { NoResults } from "./no-results";
import { ResultList } from "./result-list";

/** The body of /search for one query, the same whether the server or the browser ran the search. */
export function SearchResultsView({ view }: { view: ResultsState }) {
  if (view.state === "empty") return <p>{UI.search.page.empty}</p>;
  if (view.state === "blocked")
    return (
      <p role="alert" className="notice">
        {UI.search.cardNumberWarningServer}
      </p>
    );
  return (
    <section aria-labelledby="search-results-heading">
      <h2 id="search-results-heading">{UI.search.page.resultsHeading(view.query)}</h2>
      {view.truncated ? <p className="muted">{UI.search.page.tooLong(view.query.length)}</p> : null}
      {view.missingCode !== undefined ? (
        <MissingCode code={view.missingCode} results={view.results} checks={view.checks} />
      ) : view.results.length > 0 ? (
        <ResultList results={view.results} />
      ) : (
        <NoResults query={view.query} nearest={view.nearest} checks={view.checks} />
      )}
    </section>
  );
}
