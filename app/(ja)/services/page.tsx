import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { listCodesOf, listServices } from "@/lib/catalog";
import { homeHref, serviceHref, servicesHref } from "@/lib/web/links";
import { groupServices } from "@/lib/views/service-groups";
import { pageMetadata } from "@/lib/web/page-meta";
import { UI } from "@/lib/ui-text";

// A function, so the words are read in the language of the page being rendered.
export function generateMetadata(): Metadata {
  return pageMetadata({
    title: UI.pages.service.listTitle,
    description: UI.pages.service.listDescription,
    path: servicesHref(),
  });
}

export default function ServicesRoute() {
  return (
    <>
      <Breadcrumb
        items={[
          { name: UI.nav.home, path: homeHref() },
          { name: UI.pages.service.breadcrumb, path: servicesHref() },
        ]}
      />
      <h1>{UI.pages.service.listTitle}</h1>
      {groupServices(listServices()).map((group) => (
        <section key={group.id} aria-labelledby={`group-${group.id}`}>
          <h2 id={`group-${group.id}`}>{UI.serviceGroups[group.id]}</h2>
          <ul className="list-plain">
            {group.services.map((s) => (
              <li key={s.id}>
                <Link href={serviceHref(s.id)}>{s.name}</Link>
                <span className="muted">
                  {UI.punct.open}
                  {listCodesOf(s.id).length}
                  {UI.punct.close}
                </span>
                {UI.punct.colon}
                {s.summary}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
