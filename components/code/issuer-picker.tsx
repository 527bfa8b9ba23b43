import Link from "next/link";
import { codeHref, issuerHref } from "@/lib/links";
import type { Issuer } from "@/lib/schema/issuer";
import type { Service } from "@/lib/schema/service";
import { UI } from "@/lib/ui-text";
import { IssuerFacts } from "../issuer/issuer-facts";
import { SourceNote } from "../source-note";
import { IssuerFilter } from "./issuer-filter";

const SECTION_ID = "issuer-choice";

/**
 * 「お使いのカード会社」: plain links to prerendered child pages, so the choice works without JavaScript
 * and in the static export. With a company chosen, its facts come first and the list folds away.
 * The company links are plain <a>, not next/link: twenty-odd Link components cost hydration time on a
 * phone (Lighthouse's TBT), the child pages are static files that load fast anyway, and #issuer-choice
 * brings the reader straight back to this section, now showing the chosen company.
 */
export function IssuerPicker({
  service,
  slug,
  issuers,
  featured,
  chosen,
}: {
  service: string;
  slug: string;
  /** In display order (the service's featured companies first). */
  issuers: readonly Issuer[];
  featured?: Service["featuredIssuers"];
  chosen: Issuer | undefined;
}) {
  const t = UI.code.issuer;
  return (
    <section id={SECTION_ID} aria-labelledby="issuer-heading" className="card issuer-choice">
      <h2 id="issuer-heading">{t.heading}</h2>
      {chosen ? (
        <>
          <p>
            <strong>{t.chosen(chosen.names.ja)}</strong>
          </p>
          <IssuerFacts issuer={chosen} />
          <p>
            <Link href={issuerHref(chosen.id)}>{t.issuerPage(chosen.names.ja)}</Link>
          </p>
        </>
      ) : (
        <p>{t.lead}</p>
      )}
      <details className="issuer-list" open={chosen ? undefined : true}>
        <summary>{chosen ? t.change : t.choose}</summary>
        {featured ? (
          <p className="featured-note">
            {featured.reason}
            <SourceNote ids={featured.sources} />
          </p>
        ) : null}
        <IssuerFilter label={t.filterLabel} noMatch={t.noMatch} />
        <ul className="chip-list" data-issuer-list="">
          {issuers.map((i) => (
            <li key={i.id} data-names={[i.names.ja, i.names.kana, i.names.latin, ...i.names.aliases].join(" ").toLowerCase()}>
              <a href={`${codeHref(service, slug, i.id)}#${SECTION_ID}`} aria-current={chosen?.id === i.id ? "page" : undefined}>
                {i.names.ja}
              </a>
            </li>
          ))}
          {chosen ? (
            <li data-names="">
              <a href={`${codeHref(service, slug)}#${SECTION_ID}`}>{t.clear}</a>
            </li>
          ) : null}
        </ul>
      </details>
    </section>
  );
}
