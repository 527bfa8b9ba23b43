import type { Metadata } from "next";
import { NotFoundBody, notFoundMetadata } from "@/components/not-found/not-found-body";
import { setRequestLocale } from "@/lib/locale";

export const metadata: Metadata = notFoundMetadata("en");

/** A page of an English route that does not exist: the same page as the Japanese, in English. */
export default function EnglishNotFound() {
  setRequestLocale("en");
  return <NotFoundBody />;
}
