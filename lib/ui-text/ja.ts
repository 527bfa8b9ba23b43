/**
 * Every word the interface shows, in Japanese (the original; lib/ui-text/en has the English twin).
 * Each feature keeps its words in its own file here; this file joins them into UI_JA.
 * Catalog content (codes, causes, card companies) lives in data/, not here.
 */
import { CAUSE_TEXT, COMPANY_TEXT } from "./cause";
import { CORE_TEXT } from "./core";
import { PAGES_TEXT } from "./pages";
import { SEARCH_TEXT } from "./search";
import { WIZARD_TEXT } from "./wizard";

export const UI_JA = {
  ...CORE_TEXT,
  cause: CAUSE_TEXT,
  company: COMPANY_TEXT,
  pages: PAGES_TEXT,
  search: SEARCH_TEXT,
  wizard: WIZARD_TEXT,
} as const;
