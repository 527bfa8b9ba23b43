import type { Metadata } from "next";
import { NotFoundBody } from "@/components/not-found/not-found-body";
import { setRequestLocale } from "@/lib/locale";
import { UI_BY_LOCALE } from "@/lib/ui-text";

// Not-found files take no generateMetadata: the English title is read here directly.
export const metadata: Metadata = { title: UI_BY_LOCALE.en.notFound.title, robots: { index: false } };

/** A page of an English route that does not exist: the same page as the Japanese, in English. */
export default function EnglishNotFound() {
  setRequestLocale("en");
  return <NotFoundBody />;
}
