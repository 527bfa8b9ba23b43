import type { Metadata } from "next";
import Link from "next/link";
import { SearchBox } from "@/components/search/search-box";
import { listCodesOf, listIssuers, listServices } from "@/lib/catalog";
import { codeHref, issuerHref, serviceHref } from "@/lib/links";
import { UI } from "@/lib/ui-text";

export const metadata: Metadata = { alternates: { canonical: "/" } };

export default function HomePage() {
  return (
    <>
      <h1>{UI.home.heading}</h1>
      <p>{UI.home.lead}</p>
      <SearchBox variant="hero" />
      <h2>{UI.home.servicesHeading}</h2>
      {listServices().map((service) => {
        const codes = listCodesOf(service.id);
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
                {codes.map((code) => (
                  <li key={code.key}>
                    <Link href={codeHref(code.service, code.slug)}>
                      <span className="code-badge">{code.code}</span>：{code.title}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <h2>{UI.home.issuersHeading}</h2>
      <ul className="list-plain">
        {listIssuers().map((issuer) => (
          <li key={issuer.id}>
            <Link href={issuerHref(issuer.id)}>{issuer.names.ja}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
