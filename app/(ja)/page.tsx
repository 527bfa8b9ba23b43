import type { Metadata } from "next";
import Link from "next/link";
import { BrandList } from "@/components/brand/brand-list";
import { SearchBox } from "@/components/search/search-box";
import { listCodesOf, listIssuers, listServices } from "@/lib/catalog";
import { codeHref, homeHref, issuerHref, serviceHref } from "@/lib/web/links";
import { languageAlternates } from "@/lib/web/page-meta";
import { groupServices } from "@/lib/views/service-groups";
import { UI } from "@/lib/ui-text";

// A function, so the address is the one of the page's language.
export function generateMetadata(): Metadata {
  return { alternates: languageAlternates(homeHref()) };
}

/** Enough codes to recognise a service at a glance; the service page lists them all. */
const HOME_CODES_PER_SERVICE = 6;

export default function HomePage() {
  return (
    <>
      <h1>{UI.home.heading}</h1>
      <p>{UI.home.lead}</p>
      <SearchBox variant="hero" />
      {groupServices(listServices()).map((group) => (
        <section key={group.id} aria-labelledby={`group-${group.id}`}>
          <h2 id={`group-${group.id}`}>{UI.serviceGroups[group.id]}</h2>
          {group.services.map((service) => {
            const codes = listCodesOf(service.id);
            const shown = codes.slice(0, HOME_CODES_PER_SERVICE);
            return (
              <section key={service.id} aria-labelledby={`svc-${service.id}`} className="card">
                <h3 id={`svc-${service.id}`}>
                  <Link href={serviceHref(service.id)}>{service.name}</Link>
                </h3>
                <p className="muted">{service.summary}</p>
                {codes.length === 0 ? (
                  <p>{UI.home.noCodes}</p>
                ) : (
                  <ul className="list-plain">
                    {shown.map((code) => (
                      <li key={code.key}>
                        <Link href={codeHref(code.service, code.slug)}>
                          <span className="code-badge">{code.code}</span>
                          {UI.punct.colon}
                          {code.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
                {codes.length > shown.length ? (
                  <p>
                    <Link href={serviceHref(service.id)}>{UI.home.allCodes(service.name, codes.length)}</Link>
                  </p>
                ) : null}
              </section>
            );
          })}
        </section>
      ))}
      <h2>{UI.home.issuersHeading}</h2>
      <ul className="list-plain">
        {listIssuers().map((issuer) => (
          <li key={issuer.id}>
            <Link href={issuerHref(issuer.id)}>{issuer.names.ja}</Link>
          </li>
        ))}
      </ul>
      <h2>{UI.home.brandsHeading}</h2>
      <BrandList />
    </>
  );
}
