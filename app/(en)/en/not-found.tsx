import type { Metadata } from "next";
import { UI_BY_LOCALE } from "@/lib/ui-text";
import { setRequestLocale } from "@/lib/locale";
import JapaneseNotFound from "@/app/(ja)/not-found";

// Not-found files take no generateMetadata: the English title is read here directly.
export const metadata: Metadata = { title: UI_BY_LOCALE.en.notFound.title, robots: { index: false } };

/** An English page that does not exist (an unknown code under /en/codes/…): the Japanese 404 in English. */
export default function EnglishNotFound() {
  setRequestLocale("en");
  return <JapaneseNotFound />;
}
