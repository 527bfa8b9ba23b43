import type { SearchResult } from "@/lib/search/types";
import { SEARCH_TEXT } from "@/lib/ui-text/search";
import { ResultList } from "./result-list";
import { WayOn } from "./way-on";

/**
 * A code the catalog does not have yet: said first, in so many words; then only what may help (codes of
 * the same shape, what the other words of the query found), the general checks and the wizard.
 */
export function MissingCode({ code, results, checks }: { code: string; results: readonly SearchResult[]; checks?: SearchResult }) {
  return (
    <WayOn headline={SEARCH_TEXT.page.missing(code)} help={SEARCH_TEXT.page.missingHelp} checks={checks}>
      {results.length > 0 ? (
        <>
          <h3>{SEARCH_TEXT.page.missingRelatedHeading}</h3>
          <ResultList results={results} />
        </>
      ) : null}
    </WayOn>
  );
}
