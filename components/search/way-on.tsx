import Link from "next/link";
import type { ReactNode } from "react";
import { diagnoseHref } from "@/lib/web/links";
import type { SearchResult } from "@/lib/search/types";
import { UI } from "@/lib/ui-text";

/**
 * The box shown when the catalog has no answer: what happened in one line, a line of help, what may
 * help instead (children), then the way on: the general checks (when known) and the diagnosis wizard.
 */
export function WayOn({
  headline,
  help,
  checks,
  children,
}: {
  headline: string;
  help: string;
  checks?: SearchResult;
  children?: ReactNode;
}) {
  return (
    <div className="card">
      <p>
        <strong>{headline}</strong>
      </p>
      <p>{help}</p>
      {children}
      {checks ? (
        <p>
          {UI.search.page.checksLead}
          {UI.punct.colon}
          <a href={checks.href}>{checks.label}</a>
        </p>
      ) : null}
      <p>{UI.search.page.diagnoseLead}</p>
      <p>
        <Link href={diagnoseHref()}>{UI.search.page.diagnoseLink}</Link>
      </p>
    </div>
  );
}
