import Link from "next/link";
import { type CatalogCode, getService } from "@/lib/catalog";
import { codeUsesIssuer } from "@/lib/views/code";
import { CARD_PLACEHOLDER, codeHref } from "@/lib/web/links";
import type { Issuer } from "@/lib/catalog/schema/issuer";
import { UI } from "@/lib/ui-text";

/**
 * Codes as links, each 「PGSE37（nanaco）：title」. With a card company chosen, a code whose steps use the
 * company's parts links to that company's page of the code.
 */
export function CodeLinks({ codes, issuer, fill = false }: { codes: readonly CatalogCode[]; issuer?: Issuer; fill?: boolean }) {
  return (
    <ul className="list-plain">
      {codes.map((c) => {
        const text = (
          <>
            <span className="code-badge">{c.code}</span>
            {UI.punct.open}
            {getService(c.service)?.name ?? c.service}
            {UI.punct.close}
            {UI.punct.colon}
            {c.title}
          </>
        );
        // On a page whose company the browser fills in, a plain link whose address it completes.
        return (
          <li key={c.key}>
            {fill && codeUsesIssuer(c) ? (
              <a href={codeHref(c.service, c.slug)} data-cf-href={codeHref(c.service, c.slug, CARD_PLACEHOLDER)}>
                {text}
              </a>
            ) : (
              <Link href={codeHref(c.service, c.slug, issuer && codeUsesIssuer(c) ? issuer.id : undefined)} prefetch={false}>
                {text}
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
