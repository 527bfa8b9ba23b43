import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ROOT_VIEWPORT, RootDocument, rootMetadata } from "@/components/layout/root-document";
import { setRequestLocale } from "@/lib/locale";
import "../globals.css";

// English at /en/…: every page in app/(en)/en is its Japanese page rendered in English (lib/locale/en-route.tsx).
export function generateMetadata(): Metadata {
  setRequestLocale("en");
  return rootMetadata();
}
export const viewport = ROOT_VIEWPORT;

export default function EnglishLayout({ children }: { children: ReactNode }) {
  setRequestLocale("en");
  return <RootDocument>{children}</RootDocument>;
}
