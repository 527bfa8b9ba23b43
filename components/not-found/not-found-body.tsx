import Link from "next/link";
import { CodeSuggestions } from "./code-suggestions";
import { diagnoseHref, homeHref, searchHref } from "@/lib/web/links";
import type { Metadata } from "next";
import type { Locale } from "@/lib/locale";
import { UI, UI_BY_LOCALE } from "@/lib/ui-text";

/**
 * The not-found page's own metadata in one language. Not-found files take no generateMetadata, so each
 * names its language (app/(ja)/not-found.tsx, app/(en)/en/not-found.tsx, app/(en)/en/404, the global one).
 */
export const notFoundMetadata = (locale: Locale): Metadata => ({ title: UI_BY_LOCALE[locale].notFound.title, robots: { index: false } });

/** Answers 404; suggests the code the address most likely meant, and other ways to find it. */
export function NotFoundBody() {
  const t = UI.notFound;
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <CodeSuggestions />
      <section aria-labelledby="nf-other">
        <h2 id="nf-other">{t.searchHeading}</h2>
        <ul className="list-plain">
          <li>
            <Link href={searchHref("")}>{t.searchPlain}</Link>
          </li>
          <li>
            <Link href={diagnoseHref()}>{t.diagnose}</Link>
          </li>
          <li>
            <Link href={homeHref()}>{t.backHome}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
