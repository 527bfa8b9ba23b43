import Link from "next/link";
import { type CatalogCode, getService } from "@/lib/catalog";
import { codeUsesIssuer } from "@/lib/views/code";
import { codeHref } from "@/lib/web/links";
import type { Issuer } from "@/lib/catalog/schema/issuer";

/**
 * Codes as links, each 「PGSE37（nanaco）：title」. With a card company chosen, a code whose steps use the
 * company's parts links to that company's page of the code.
 */
export function CodeLinks({ codes, issuer }: { codes: readonly CatalogCode[]; issuer?: Issuer }) {
  return (
    <ul className="list-plain">
      {codes.map((c) => (
        <li key={c.key}>
          <Link href={codeHref(c.service, c.slug, issuer && codeUsesIssuer(c) ? issuer.id : undefined)} prefetch={false}>
            <span className="code-badge">{c.code}</span>（{getService(c.service)?.name ?? c.service}）：{c.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
