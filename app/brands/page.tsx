import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { listBrands } from "@/lib/catalog";
import { brandHref, homeHref } from "@/lib/web/links";
import { pageMetadata } from "@/lib/web/page-meta";
import { UI } from "@/lib/ui-text";

export const metadata: Metadata = pageMetadata({
  title: UI.pages.brand.listTitle,
  description: UI.pages.brand.listDescription,
  path: "/brands",
});

export default function BrandsRoute() {
  const t = UI.pages.brand;
  return (
    <>
      <Breadcrumb items={[{ name: UI.nav.home, path: homeHref() }, { name: t.breadcrumb, path: "/brands" }]} />
      <h1>{t.listTitle}</h1>
      <p>{t.listDescription}</p>
      <ul className="list-plain">
        {listBrands().map((b) => (
          <li key={b.id}>
            <Link href={brandHref(b.id)}>
              {b.name}：{b.programme}
            </Link>
            {b.formerNames.length > 0 ? <span className="muted">（{t.formerly}：{b.formerNames.join("、")}）</span> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
