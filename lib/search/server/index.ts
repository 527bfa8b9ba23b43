import "server-only";
// Builds the index from the catalog on the server; the browser gets the index as JSON.
import { getCatalog } from "../../catalog";
import { currentLocale, inLocale, type Locale } from "../../locale";
import { buildSearchIndex } from "../build-index";
import { createSearchEngine, type SearchEngine } from "../engine";
import type { SearchIndex } from "../types";

/**
 * The search index of the real catalog per language, built once per process (at build time for the
 * prerendered JSON routes). Server-only: it reads the catalog through lib/catalog.
 *
 * The English index shows English titles and links to English pages, and also knows every Japanese
 * word of the same entries: people on /en/ often type what their Japanese screen says.
 */
const indexes: Partial<Record<Locale, SearchIndex>> = {};
const engines: Partial<Record<Locale, SearchEngine>> = {};

function build(locale: Locale): SearchIndex {
  if (locale === "ja") return inLocale("ja", () => buildSearchIndex(getCatalog()));
  // The Japanese index's terms, from the same cache the Japanese pages use: built once for both.
  const japanese = getSearchIndex("ja");
  return inLocale("en", () => buildSearchIndex(getCatalog(), { alsoTermsOf: japanese }));
}

export const getSearchIndex = (locale: Locale = currentLocale()): SearchIndex => (indexes[locale] ??= build(locale));
export const getSearchEngine = (locale: Locale = currentLocale()): SearchEngine =>
  (engines[locale] ??= createSearchEngine(getSearchIndex(locale)));
