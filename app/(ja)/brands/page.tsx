import type { Metadata } from "next";
import { BrandList } from "@/components/brand/brand-list";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { homeHref, brandsHref } from "@/lib/web/links";
import { pageMetadata } from "@/lib/web/page-meta";
import { UI } from "@/lib/ui-text";

// A function, so the words are read in the language of the page being rendered.
export function generateMetadata(): Metadata {
  return pageMetadata({
    title: UI.pages.brand.listTitle,
    description: UI.pages.brand.listDescription,
    path: brandsHref(),
  });
}

export default function BrandsRoute() {
  const t = UI.pages.brand;
  return (
    <>
      <Breadcrumb
        items={[
          { name: UI.nav.home, path: homeHref() },
          { name: t.breadcrumb, path: brandsHref() },
        ]}
      />
      <h1>{t.listTitle}</h1>
      <p>{t.listDescription}</p>
      <BrandList formerNames />
    </>
  );
}
