"use client";

import { usePathname } from "next/navigation";
import { localeOfPath, type Locale } from "@/lib/locale";
import { CAUSE_TEXT } from "@/lib/ui-text/cause";
import { CORE_TEXT } from "@/lib/ui-text/core";
import { CAUSE_TEXT_EN } from "@/lib/ui-text/en/cause";
import { CORE_TEXT_EN } from "@/lib/ui-text/en/core";
import { SEARCH_TEXT_EN } from "@/lib/ui-text/en/search";
import { SEARCH_TEXT } from "@/lib/ui-text/search";
import type { UiText } from "@/lib/ui-text/locales";

/**
 * The page's language for a client island, from its address (/en/… is English): known alike while the
 * server renders the island and in the browser, so both render the same words.
 */
export function useLocale(): Locale {
  return localeOfPath(usePathname() ?? "/");
}

// One hook per file of words, so an island ships only the words it uses, in both languages (the header's
// search box is on every page). Server components use UI (lib/ui-text) instead.

/** The search box's and results' words. */
export function useSearchText(): UiText["search"] {
  return useLocale() === "en" ? SEARCH_TEXT_EN : SEARCH_TEXT;
}

/** The frame's words: code pages' actions, the 404 page, punctuation. */
export function useCoreText(): Pick<UiText, keyof typeof CORE_TEXT> {
  return useLocale() === "en" ? CORE_TEXT_EN : CORE_TEXT;
}

/** A cause's words (the wait calculator). */
export function useCauseText(): UiText["cause"] {
  return useLocale() === "en" ? CAUSE_TEXT_EN : CAUSE_TEXT;
}
