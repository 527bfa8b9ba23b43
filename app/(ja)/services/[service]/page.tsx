import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { JsonLd } from "@/components/layout/json-ld";
import { SourceNote } from "@/components/sources/source-note";
import { getService, listCodesOf, listServices } from "@/lib/catalog";
import { codeHref, homeHref, serviceHref, servicesHref } from "@/lib/web/links";
import { breadcrumbLd, pageMetadata } from "@/lib/web/page-meta";
import { UI } from "@/lib/ui-text";

type Params = { service: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return listServices().map((s) => ({ service: s.id }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const svc = getService((await params).service);
  if (!svc) return {};
  return pageMetadata({
    title: UI.pages.service.title(svc.name),
    description: UI.pages.service.description(svc.name, listCodesOf(svc.id).length),
    path: serviceHref(svc.id),
  });
}

export default async function ServiceRoute({ params }: { params: Promise<Params> }) {
  const svc = getService((await params).service);
  if (!svc) notFound();
  const t = UI.pages.service;
  const codes = listCodesOf(svc.id);
  const crumbs = [
    { name: UI.nav.home, path: homeHref() },
    { name: t.breadcrumb, path: servicesHref() },
    { name: svc.name, path: serviceHref(svc.id) },
  ];
  return (
    <article>
      <JsonLd data={{ "@context": "https://schema.org", ...breadcrumbLd(crumbs) }} />
      <Breadcrumb items={crumbs} />
      <h1>{t.title(svc.name)}</h1>
      <p>{svc.summary}</p>
      <p className="muted">
        {t.operator}
        {UI.punct.colon}
        {svc.operator}
      </p>
      {svc.notes.length > 0 ? (
        <section aria-labelledby="notes" className="notice">
          <h2 id="notes">{t.notesHeading}</h2>
          <ul>
            {svc.notes.map((n, i) => (
              <li key={i}>
                {n.text}
                <SourceNote ids={n.sources} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="codes">
        <h2 id="codes">{t.codesHeading}</h2>
        {codes.length === 0 ? (
          <p>{t.noCodes}</p>
        ) : (
          <ul className="code-list">
            {codes.map((c) => (
              <li key={c.key}>
                <Link href={codeHref(c.service, c.slug)}>
                  <span className="code-badge">{c.code}</span>
                </Link>
                {UI.punct.colon}
                {c.title}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
