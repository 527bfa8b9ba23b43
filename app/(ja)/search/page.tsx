import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ClientResults } from "@/components/search/client-results";
import { SearchBox } from "@/components/search/search-box";
import { SearchResultsView } from "@/components/search/search-results-view";
import { CARD_WARNING, cardWarningHref, homeHref } from "@/lib/web/links";
import { containsCardNumber } from "@/lib/search/card-number";
import { resultsStateFor } from "@/lib/search/results-state";
import { getSearchEngine } from "@/lib/search/server";
import { IS_STATIC_EXPORT } from "@/lib/search/static-export";
import { UI } from "@/lib/ui-text";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined): string => (typeof v === "string" ? v : (v?.[0] ?? ""));

// A function, so the words are read in the language of the page being rendered.
export function generateMetadata(): Metadata {
  return {
    title: UI.search.page.title,
    // Result pages are for people, not for search engines' indexes.
    robots: { index: false, follow: true },
  };
}

/**
 * /search?q=… — works without JavaScript on the server (a plain GET form lands here). In the static
 * export the server cannot see ?q, so ClientResults searches in the browser instead.
 */
export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  // In the static export the page is one prerendered shell: ?q is read in the browser (ClientResults).
  const params: Record<string, string | string[] | undefined> = IS_STATIC_EXPORT ? {} : await searchParams;
  const raw = first(params.q);
  // A card number never stays in the address or the page: drop it and show the warning instead.
  if (containsCardNumber(raw)) redirect(cardWarningHref());
  const view = first(params.warn) === CARD_WARNING ? ({ state: "blocked" } as const) : resultsStateFor(getSearchEngine(), raw);
  const query = view.state === "results" ? view.query : "";

  return (
    <>
      <h1>{UI.search.page.heading}</h1>
      <SearchBox variant="hero" initialQuery={query} readQueryFromUrl={view.state === "empty"} />
      {view.state === "empty" ? (
        <>
          <ClientResults>
            <SearchResultsView view={view} />
          </ClientResults>
          <noscript>
            <p className="muted">
              {UI.search.page.needsJs} <Link href={homeHref()}>{UI.search.page.homeLink}</Link>
            </p>
          </noscript>
        </>
      ) : (
        <SearchResultsView view={view} />
      )}
    </>
  );
}
