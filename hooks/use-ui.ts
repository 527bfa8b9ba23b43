"use client";

import { usePathname } from "next/navigation";
import { localeOfPath, type Locale } from "@/lib/locale";
import { UI_BY_LOCALE, type UiText } from "@/lib/ui-text/locales";

/**
 * The page's language for a client island, from its address (/en/… is English): known alike while the
 * server renders the island and in the browser, so both render the same words.
 */
export function useLocale(): Locale {
  return localeOfPath(usePathname() ?? "/");
}

/** The interface words in the page's language, for client islands (server components use UI). */
export function useUi(): UiText {
  return UI_BY_LOCALE[useLocale()];
}
