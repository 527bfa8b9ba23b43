import { currentLocale, inLocalePath, type Locale } from "../locale";

/** Where the prerendered search index of a language is served (app/(ja)/search-index.json and its /en twin). */
export const searchIndexUrl = (locale: Locale = currentLocale()): string => inLocalePath("/search-index.json", locale);
