import type { Metadata } from "next";
import { RootDocument, rootMetadata } from "@/components/layout/root-document";
import JapaneseNotFound from "./(ja)/not-found";
import { UI_BY_LOCALE } from "@/lib/ui-text";
import "./globals.css";

// An address that matches no route at all. The two languages are two root layouts, so Next needs this
// one page for both (experimental.globalNotFound). It is the Japanese 404; its code suggestions read the
// address in the browser and speak English under /en (components/not-found/code-suggestions.tsx).
export const metadata: Metadata = { ...rootMetadata(), title: UI_BY_LOCALE.ja.notFound.title, robots: { index: false } };

export default function GlobalNotFound() {
  return (
    <RootDocument>
      <JapaneseNotFound />
    </RootDocument>
  );
}
