import type { Metadata } from "next";
import { NotFoundBody } from "@/components/not-found/not-found-body";
import { UI_BY_LOCALE } from "@/lib/ui-text";

// Not-found files take no generateMetadata; the English twin (app/(en)/en/not-found.tsx) has its own title.
export const metadata: Metadata = { title: UI_BY_LOCALE.ja.notFound.title, robots: { index: false } };

/** A page of a Japanese route that does not exist (an unknown wizard answer). */
export default function NotFound() {
  return <NotFoundBody />;
}
