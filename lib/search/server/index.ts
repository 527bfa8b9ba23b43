import "server-only";
// Builds the index from the catalog on the server; the browser gets the index as JSON.
import { getCatalog } from "../../catalog";
import { buildSearchIndex } from "../build-index";
import { createSearchEngine, type SearchEngine } from "../engine";
import type { SearchIndex } from "../types";

/**
 * The search index of the real catalog, built once per process (at build time for the prerendered
 * JSON route). Server-only: it reads the catalog through lib/catalog.
 */
let index: SearchIndex | undefined;
let engine: SearchEngine | undefined;

export const getSearchIndex = (): SearchIndex => (index ??= buildSearchIndex(getCatalog()));
export const getSearchEngine = (): SearchEngine => (engine ??= createSearchEngine(getSearchIndex()));
