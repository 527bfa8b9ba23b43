import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ROOT_VIEWPORT, RootDocument, rootMetadata } from "@/components/layout/root-document";
import "../globals.css";

// Japanese, the site's own language, at /. English lives in app/(en) under /en.
export const generateMetadata = (): Metadata => rootMetadata();
export const viewport = ROOT_VIEWPORT;

export default function JapaneseLayout({ children }: { children: ReactNode }) {
  return <RootDocument>{children}</RootDocument>;
}
