import type { Metadata } from "next";
import { NotFoundBody, notFoundMetadata } from "@/components/not-found/not-found-body";

export const metadata: Metadata = notFoundMetadata("ja");

/** A page of a Japanese route that does not exist (an unknown wizard answer). */
export default function NotFound() {
  return <NotFoundBody />;
}
