import type { Metadata } from "next";
import { absoluteUrl } from "./site";
import { UI } from "../ui-text";

/** Title, description, canonical URL and OpenGraph for one page, the same way everywhere. */
export function pageMetadata({ title, description, path }: { title: string; description: string; path: string }): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: "article",
      locale: "ja_JP",
      siteName: UI.siteName,
      title,
      description,
      url: absoluteUrl(path),
    },
    twitter: { card: "summary", title, description },
  };
}

/** schema.org BreadcrumbList from (name, path) pairs. */
export function breadcrumbLd(items: readonly { name: string; path: string }[]) {
  return {
    "@type": "BreadcrumbList",
    itemListElement: items.map((it, i) => ({ "@type": "ListItem", position: i + 1, name: it.name, item: absoluteUrl(it.path) })),
  };
}
