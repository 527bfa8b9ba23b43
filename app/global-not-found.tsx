import type { Metadata } from "next";
import { headers } from "next/headers";
import { RootDocument, rootMetadata } from "@/components/layout/root-document";
import { NotFoundBody, notFoundMetadata } from "@/components/not-found/not-found-body";
import { setRequestLocale, type Locale } from "@/lib/locale";
import { LOCALE_HEADER } from "@/lib/locale/request-header";
import { IS_STATIC_EXPORT } from "@/lib/views/build-mode";
import "./globals.css";

// An address that matches no route at all. The two languages are two root layouts, so Next needs this one
// page for both (experimental.globalNotFound). A server tells it the language of the address asked for
// (server/guard.mjs); the export has it in Japanese as 404.html and in English as en/404.html
// (app/(en)/en/404), and nginx answers each language's misses with its own.
async function requestedLocale(): Promise<Locale> {
  if (IS_STATIC_EXPORT) return "ja";
  return (await headers()).get(LOCALE_HEADER) === "en" ? "en" : "ja";
}

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestedLocale();
  setRequestLocale(locale);
  return { ...rootMetadata(), ...notFoundMetadata(locale) };
}

export default async function GlobalNotFound() {
  setRequestLocale(await requestedLocale());
  return (
    <RootDocument>
      <NotFoundBody />
    </RootDocument>
  );
}
