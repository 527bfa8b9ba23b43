import Link from "next/link";
import { listBrands } from "@/lib/catalog";
import { UI } from "@/lib/ui-text";
import { brandHref } from "@/lib/web/links";

/** The card brands as links to their pages, 「Visa：Visa Secure」; with `formerNames`, the old names too. */
export function BrandList({ formerNames = false }: { formerNames?: boolean }) {
  return (
    <ul className="list-plain">
      {listBrands().map((b) => (
        <li key={b.id}>
          <Link href={brandHref(b.id)}>
            {b.name}
            {UI.punct.colon}
            {b.programme}
          </Link>
          {formerNames && b.formerNames.length > 0 ? (
            <span className="muted">
              {UI.punct.open}
              {UI.pages.brand.formerly}
              {UI.punct.colon}
              {b.formerNames.join(UI.punct.listSep)}
              {UI.punct.close}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
