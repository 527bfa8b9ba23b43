import type { Metadata } from "next";
import { absoluteUrl } from "./site";
import { currentLocale, inLocalePath, japanesePath } from "../locale";
import { UI } from "../ui-text";

/**
 * The page's own address as canonical, and both languages' addresses as alternates (hreflang), so
 * search engines send each reader to their language; Japanese is the default.
 */
export function languageAlternates(path: string): NonNullable<Metadata["alternates"]> {
  const ja = japanesePath(path);
  return { canonical: path, languages: { ja, en: inLocalePath(ja, "en"), "x-default": ja } };
}

/** Title, description, canonical URL and OpenGraph for one page, the same way everywhere. */
export function pageMetadata({ title, description, path }: { title: string; description: string; path: string }): Metadata {
  return {
    title,
    description,
    alternates: languageAlternates(path),
    openGraph: {
      type: "article",
      locale: currentLocale() === "en" ? "en_US" : "ja_JP",
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
