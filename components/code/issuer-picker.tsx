import Link from "next/link";
import { codeHref, issuerHref } from "@/lib/links";
import type { Issuer } from "@/lib/schema/issuer";
import { UI } from "@/lib/ui-text";
import { IssuerFacts } from "../issuer/issuer-facts";
import { IssuerFilter } from "./issuer-filter";

/**
 * 「お使いのカード会社」: plain links to prerendered child pages, so the choice works without JavaScript
 * and in the static export. With a company chosen, its facts come first and the list folds away.
 */
export function IssuerPicker({
  service,
  slug,
  issuers,
  chosen,
}: {
  service: string;
  slug: string;
  issuers: readonly Issuer[];
  chosen: Issuer | undefined;
}) {
  const t = UI.code.issuer;
  return (
    <section id="issuer-choice" aria-labelledby="issuer-heading" className="card issuer-choice">
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
        <IssuerFilter label={t.filterLabel} noMatch={t.noMatch} />
        <ul className="chip-list" data-issuer-list="">
          {issuers.map((i) => (
            <li key={i.id} data-names={[i.names.ja, i.names.kana, i.names.latin, ...i.names.aliases].join(" ").toLowerCase()}>
              <Link
                href={codeHref(service, slug, i.id)}
                aria-current={chosen?.id === i.id ? "page" : undefined}
                scroll={false}
              >
                {i.names.ja}
              </Link>
            </li>
          ))}
          {chosen ? (
            <li data-names="">
              <Link href={codeHref(service, slug)} scroll={false}>
                {t.clear}
              </Link>
            </li>
          ) : null}
        </ul>
      </details>
    </section>
  );
}
