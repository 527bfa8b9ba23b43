import type { SearchResult } from "@/lib/search/types";
import { UI } from "@/lib/ui-text";
import { ResultList } from "./result-list";
import { WayOn } from "./way-on";

/**
 * A code the catalog does not have yet: said first, in so many words; then only what may help (codes of
 * the same shape, what the other words of the query found), the general checks and the wizard.
 */
export function MissingCode({ code, results, checks }: { code: string; results: readonly SearchResult[]; checks?: SearchResult }) {
  return (
    <WayOn headline={UI.search.page.missing(code)} help={UI.search.page.missingHelp} checks={checks}>
      {results.length > 0 ? (
        <>
          <h3>{UI.search.page.missingRelatedHeading}</h3>
          <ResultList results={results} />
        </>
      ) : null}
    </WayOn>
  );
}
