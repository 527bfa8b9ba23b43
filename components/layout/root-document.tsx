import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { currentLocale } from "@/lib/locale";
import { UI } from "@/lib/ui-text";
import { SITE_URL } from "@/lib/web/site";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** The site-wide metadata, in the language of the page being rendered (each root layout's). */
export function rootMetadata(): Metadata {
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: UI.siteName, template: `%s | ${UI.siteName}` },
    description: UI.siteTagline,
  };
}

export const ROOT_VIEWPORT: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#121212" },
  ],
};

/**
 * The page frame both languages share (app/(ja)/layout.tsx, app/(en)/layout.tsx): `<html lang>`, the skip
 * link, header and footer. Each language is its own root layout, so `lang` is right before any script runs.
 */
export function RootDocument({ children }: { children: ReactNode }) {
  return (
    <html lang={currentLocale()}>
      <body>
        <a className="skip-link" href="#main">
          {UI.skipToContent}
        </a>
        <SiteHeader />
        <main id="main" className="container">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
