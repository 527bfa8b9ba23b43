import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { JsonLd } from "@/components/layout/json-ld";
import { SourceList } from "@/components/sources/source-list";
import { SourceNote } from "@/components/sources/source-note";
import { getBrand, listBrands } from "@/lib/catalog";
import { issuersByKana } from "@/lib/views/code";
import { brandHref, homeHref, issuerHref, serviceHref, brandsHref } from "@/lib/web/links";
import { breadcrumbLd, pageMetadata } from "@/lib/web/page-meta";
import { UI } from "@/lib/ui-text";
import { OutLink } from "@/components/common/out-link";

type Params = { brand: string };

export const dynamicParams = false;

/** The 3-D Secure service's own code list, where brand-level failures are explained. */
const THREE_D_SECURE_SERVICE = "emv-3ds";
/** Seed 001 describes what 3-D Secure asks of the person; it backs the general lead. */
const WHAT_IT_MEANS_SOURCES = ["seed-3ds2-payment-faq"];

export function generateStaticParams(): Params[] {
  return listBrands().map((b) => ({ brand: b.id }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const brand = getBrand((await params).brand);
  if (!brand) return {};
  return pageMetadata({
    title: UI.pages.brand.title(brand.name, brand.programme),
    description: UI.pages.brand.description(brand.name, brand.programme),
    path: brandHref(brand.id),
  });
}

export default async function BrandRoute({ params }: { params: Promise<Params> }) {
  const brand = getBrand((await params).brand);
  if (!brand) notFound();
  const t = UI.pages.brand;
  const issuers = issuersByKana().filter((i) => i.brands.includes(brand.id));
  const crumbs = [
    { name: UI.nav.home, path: homeHref() },
    { name: t.breadcrumb, path: brandsHref() },
    { name: brand.name, path: brandHref(brand.id) },
  ];
  return (
    <article>
      <JsonLd data={{ "@context": "https://schema.org", ...breadcrumbLd(crumbs) }} />
      <Breadcrumb items={crumbs} />
      <h1>{t.title(brand.name, brand.programme)}</h1>
      <p>{t.nowCalled(brand.name, brand.programme)}</p>
      {brand.formerNames.length > 0 ? (
        <p>
          {t.formerly}
          {UI.punct.colon}
          {brand.formerNames.join(UI.punct.listSep)}
        </p>
      ) : null}
      <p>
        <OutLink href={brand.url}>{t.officialPage(brand.name)}</OutLink>
      </p>
      <section aria-labelledby="means" className="card">
        <h2 id="means">{t.whatItMeansHeading}</h2>
        <p>
          {t.whatItMeans}
          <SourceNote ids={WHAT_IT_MEANS_SOURCES} />
        </p>
      </section>
      <section aria-labelledby="issuers">
        <h2 id="issuers">{t.issuersHeading}</h2>
        {issuers.length === 0 ? (
          <p>{t.issuersNone}</p>
        ) : (
          <>
            <p>{t.issuersLead}</p>
            <ul className="chip-list">
              {issuers.map((i) => (
                <li key={i.id}>
                  <Link href={issuerHref(i.id)}>{i.names.ja}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="codes">
        <h2 id="codes">{t.codesHeading}</h2>
        <p>
          <Link href={serviceHref(THREE_D_SECURE_SERVICE)}>{t.codesLink}</Link>
        </p>
      </section>
      <section aria-labelledby="sources">
        <h2 id="sources">{t.sourcesHeading}</h2>
        <SourceList ids={brand.sources} />
      </section>
    </article>
  );
}
