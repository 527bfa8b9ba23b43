import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { issuersByKana } from "@/lib/views/code";
import { homeHref, issuerHref, issuersHref } from "@/lib/web/links";
import { pageMetadata } from "@/lib/web/page-meta";
import { UI } from "@/lib/ui-text";

// A function, so the words are read in the language of the page being rendered.
export function generateMetadata(): Metadata {
  return pageMetadata({
    title: UI.pages.issuer.listTitle,
    description: UI.pages.issuer.listDescription,
    path: issuersHref(),
  });
}

export default function IssuersRoute() {
  return (
    <>
      <Breadcrumb
        items={[
          { name: UI.nav.home, path: homeHref() },
          { name: UI.pages.issuer.breadcrumb, path: issuersHref() },
        ]}
      />
      <h1>{UI.pages.issuer.listTitle}</h1>
      <p>{UI.pages.issuer.listDescription}</p>
      <ul className="chip-list">
        {issuersByKana().map((i) => (
          <li key={i.id}>
            <Link href={issuerHref(i.id)}>{i.names.ja}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
