import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IssuerFacts } from "@/components/issuer/issuer-facts";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { CodeLinks } from "@/components/code/code-links";
import { JsonLd } from "@/components/layout/json-ld";
import { getBrand, getIssuer, listIssuers } from "@/lib/catalog";
import { issuerCodeGroups } from "@/lib/views/code";
import { otherIssuerNames } from "@/lib/issuers/names";
import { brandHref, homeHref, issuerHref, issuersHref } from "@/lib/web/links";
import { breadcrumbLd, pageMetadata } from "@/lib/web/page-meta";
import { UI } from "@/lib/ui-text";

type Params = { issuer: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return listIssuers().map((i) => ({ issuer: i.id }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const issuer = getIssuer((await params).issuer);
  if (!issuer) return {};
  return pageMetadata({
    title: UI.pages.issuer.title(issuer.names.ja),
    description: UI.pages.issuer.description(issuer.names.ja),
    path: issuerHref(issuer.id),
  });
}

export default async function IssuerRoute({ params }: { params: Promise<Params> }) {
  const issuer = getIssuer((await params).issuer);
  if (!issuer) notFound();
  const t = UI.pages.issuer;
  const groups = issuerCodeGroups();
  const brands = issuer.brands.map((b) => getBrand(b)).filter((b) => b !== undefined);
  const crumbs = [
    { name: UI.nav.home, path: homeHref() },
    { name: t.breadcrumb, path: issuersHref() },
    { name: issuer.names.ja, path: issuerHref(issuer.id) },
  ];
  return (
    <article>
      <JsonLd data={{ "@context": "https://schema.org", ...breadcrumbLd(crumbs) }} />
      <Breadcrumb items={crumbs} />
      <h1>{t.title(issuer.names.ja)}</h1>
      <p className="muted">
        {t.namesHeading}
        {UI.punct.colon}
        {otherIssuerNames(issuer).join(UI.punct.listSep)}
      </p>
      <section aria-labelledby="facts" className="card">
        <h2 id="facts">{t.threeDSecureHeading}</h2>
        <p>{t.threeDSecureLead}</p>
        <IssuerFacts issuer={issuer} />
        <dl className="facts">
          <dt>{UI.code.issuer.brands}</dt>
          <dd>
            {brands.length > 0
              ? brands.map((b, i) => (
                  <span key={b.id}>
                    {i > 0 ? UI.punct.listSep : ""}
                    <Link href={brandHref(b.id)}>
                      {b.name}
                      {UI.punct.open}
                      {b.programme}
                      {UI.punct.close}
                    </Link>
                  </span>
                ))
              : t.brandsNone}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="codes">
        <h2 id="codes">{t.codesHeading}</h2>
        {groups.length === 0 ? (
          <p>{t.noCodes}</p>
        ) : (
          <>
            <p>{t.codesLead}</p>
            {groups.map((g) => (
              <section key={g.service.id} aria-labelledby={`codes-${g.service.id}`}>
                <h3 id={`codes-${g.service.id}`}>{g.service.name}</h3>
                <CodeLinks codes={g.main} issuer={issuer} />
                {g.secondary.length > 0 ? (
                  <details>
                    <summary>{t.secondaryCodes(g.secondary.length)}</summary>
                    <CodeLinks codes={g.secondary} issuer={issuer} />
                  </details>
                ) : null}
              </section>
            ))}
          </>
        )}
      </section>
    </article>
  );
}
