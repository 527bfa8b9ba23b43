import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NotFoundBody } from "@/components/not-found/not-found-body";
import { setRequestLocale } from "@/lib/locale";
import { IS_STATIC_EXPORT } from "@/lib/views/build-mode";
import { UI_BY_LOCALE } from "@/lib/ui-text";

// The export's English not-found page (en/404.html), which nginx sends with status 404 for a miss under
// /en (deploy/nginx.conf). A server answers those itself (app/global-not-found.tsx), so there the address
// is a miss like any other.
export const metadata: Metadata = { title: UI_BY_LOCALE.en.notFound.title, robots: { index: false } };

export default function EnglishNotFoundFile() {
  if (!IS_STATIC_EXPORT) notFound();
  setRequestLocale("en");
  return <NotFoundBody />;
}
