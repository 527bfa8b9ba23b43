import type { Metadata } from "next";
import Link from "next/link";
import { CodeSuggestions } from "@/components/not-found/code-suggestions";
import { diagnoseHref, homeHref, searchHref } from "@/lib/web/links";
import { UI, UI_BY_LOCALE } from "@/lib/ui-text";

// Not-found files take no generateMetadata; the English twin (app/(en)/en/not-found.tsx) has its own title.
export const metadata: Metadata = { title: UI_BY_LOCALE.ja.notFound.title, robots: { index: false } };

/** Answers 404; suggests the code the address most likely meant, and other ways to find it. */
export default function NotFound() {
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
