import Link from "next/link";
import { diagnoseHref } from "@/lib/links";
import type { SearchResult } from "@/lib/search/types";
import { SEARCH_TEXT } from "@/lib/ui-text/search";

/** Where to go when the catalog has no answer: the general checks (when known) and the diagnosis wizard. */
export function WayOn({ checks }: { checks?: SearchResult }) {
  return (
    <>
      {checks ? (
        <p>
          {SEARCH_TEXT.page.checksLead}：<a href={checks.href}>{checks.label}</a>
        </p>
      ) : null}
      <p>{SEARCH_TEXT.page.diagnoseLead}</p>
      <p>
        <Link href={diagnoseHref()}>{SEARCH_TEXT.page.diagnoseLink}</Link>
      </p>
    </>
  );
}
