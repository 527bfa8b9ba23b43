import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { issuersByKana } from "@/lib/views/code";
import { homeHref, issuerHref } from "@/lib/web/links";
import { pageMetadata } from "@/lib/web/page-meta";
import { UI } from "@/lib/ui-text";

export const metadata: Metadata = pageMetadata({
  title: UI.pages.issuer.listTitle,
  description: UI.pages.issuer.listDescription,
  path: "/issuers",
});

export default function IssuersRoute() {
  return (
    <>
      <Breadcrumb items={[{ name: UI.nav.home, path: homeHref() }, { name: UI.pages.issuer.breadcrumb, path: "/issuers" }]} />
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
