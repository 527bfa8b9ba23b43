import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangeCompany, ChosenCompany } from "@/components/issuer/issuer-picker";
import { ISSUER_CHOICE_ID } from "@/lib/web/links";
import { FILL_CHOSEN, FILL_NAME, fillSourcesName, fillTemplateName } from "@/components/issuer/fill-marks";
import { IssuerPart } from "@/components/issuer/issuer-part";
import { SourceList } from "@/components/sources/source-list";
import { getIssuer, listIssuers } from "@/lib/catalog";
import { ISSUER_PARTS } from "@/lib/catalog/schema/cause";
import { issuerPartFacts, issuerPartSources } from "@/lib/issuers/part-facts";
import { UI } from "@/lib/ui-text";

type Params = { issuer: string };

// One page per card company holding every part a code, cause or wizard page may show for it. The static
// export has one code page per code, not one per code and company: the page fetches this one and fills
// the chosen company's parts into its markers (components/issuer/company-fill.tsx). The parts are the
// same components as on a server-rendered company page, so both read the same. Hidden, never indexed.

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return listIssuers().map((i) => ({ issuer: i.id }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const issuer = getIssuer((await params).issuer);
  if (!issuer) return {};
  return { title: UI.pages.companyParts.title(issuer.names.ja), robots: { index: false, follow: false } };
}

export default async function CompanyPartsRoute({ params }: { params: Promise<Params> }) {
  const issuer = getIssuer((await params).issuer);
  if (!issuer) notFound();
  return (
    <div hidden data-cf-templates={issuer.id}>
      {ISSUER_PARTS.flatMap((part) =>
        [true, false].map((cite) => (
          // data-cf-key: the same key companyPartPlan compares, so the browser shows each fact once per cause.
          <div
            key={fillTemplateName(part, cite)}
            data-cf-t={fillTemplateName(part, cite)}
            data-cf-key={JSON.stringify(issuerPartFacts(part, issuer))}
          >
            <IssuerPart part={part} issuer={issuer} cite={cite} />
          </div>
        )),
      )}
      {ISSUER_PARTS.map((part) => (
        <div key={fillSourcesName(part)} data-cf-t={fillSourcesName(part)}>
          <SourceList ids={issuerPartSources(part, issuer)} />
        </div>
      ))}
      <div data-cf-t={FILL_NAME}>{issuer.names.ja}</div>
      <div data-cf-t={FILL_CHOSEN}>
        <ChosenCompany chosen={issuer} clearHref={`#${ISSUER_CHOICE_ID}`} />
        {/* The page's company lists fold in here, as on a server-rendered company page. */}
        <ChangeCompany fillTarget />
      </div>
    </div>
  );
}
