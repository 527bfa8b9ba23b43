import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NotFoundBody, notFoundMetadata } from "@/components/not-found/not-found-body";
import { setRequestLocale } from "@/lib/locale";
import { IS_STATIC_EXPORT } from "@/lib/views/build-mode";

// The export's English not-found page (en/404.html), which nginx sends with status 404 for a miss under
// /en (deploy/nginx.conf). A server answers those itself (app/global-not-found.tsx), so there the address
// is a miss like any other.
export const metadata: Metadata = notFoundMetadata("en");

export default function EnglishNotFoundFile() {
  if (!IS_STATIC_EXPORT) notFound();
  setRequestLocale("en");
  return <NotFoundBody />;
}
