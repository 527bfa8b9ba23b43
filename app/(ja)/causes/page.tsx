import { currentLocale } from "@/lib/locale";
import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { listCauses } from "@/lib/catalog";
import { causeHref, causesHref, homeHref } from "@/lib/web/links";
import { pageMetadata } from "@/lib/web/page-meta";
import { UI } from "@/lib/ui-text";

// A function, so the words are read in the language of the page being rendered.
export function generateMetadata(): Metadata {
  return pageMetadata({
    title: UI.pages.cause.listTitle,
    description: UI.pages.cause.listDescription,
    path: causesHref(),
  });
}

/** Every cause by its title, in the reading order of the page's language (people look for the symptom they have). */
export default function CausesRoute() {
  const causes = [...listCauses()].sort((a, b) => a.title.localeCompare(b.title, currentLocale()));
  return (
    <>
      <Breadcrumb
        items={[
          { name: UI.nav.home, path: homeHref() },
          { name: UI.pages.cause.breadcrumb, path: causesHref() },
        ]}
      />
      <h1>{UI.pages.cause.listTitle}</h1>
      <p>{UI.pages.cause.listLead}</p>
      <ul className="list-plain">
        {causes.map((c) => (
          <li key={c.id}>
            <Link href={causeHref(c.id)} prefetch={false}>
              {c.title}
            </Link>
            <span className="muted">
              {UI.punct.open}
              {UI.cause.fixer[c.fixer]}
              {UI.punct.close}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
