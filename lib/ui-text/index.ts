/**
 * Every word the interface shows, in one place (Japanese now; another language can follow).
 * Each feature keeps its words in its own file here; this index joins them into UI.
 * Catalog content (codes, causes, card companies) lives in data/, not here.
 */
import { CAUSE_TEXT, COMPANY_TEXT } from "./cause";
import { CORE_TEXT } from "./core";
import { PAGES_TEXT } from "./pages";
import { SEARCH_TEXT } from "./search";
import { WIZARD_TEXT } from "./wizard";

export const UI = {
  ...CORE_TEXT,
  cause: CAUSE_TEXT,
  company: COMPANY_TEXT,
  pages: PAGES_TEXT,
  search: SEARCH_TEXT,
  wizard: WIZARD_TEXT,
} as const;
