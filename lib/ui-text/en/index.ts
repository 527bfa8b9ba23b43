/**
 * The English twin of UI_JA (lib/ui-text/ja.ts): the same keys, joined the same way.
 * Each file here mirrors its Japanese file key for key; Shape makes TypeScript check it.
 */
import type { UI_JA } from "../ja";
import type { Shape } from "../shape";
import { CAUSE_TEXT_EN, COMPANY_TEXT_EN } from "./cause";
import { CORE_TEXT_EN } from "./core";
import { PAGES_TEXT_EN } from "./pages";
import { SEARCH_TEXT_EN } from "./search";
import { WIZARD_TEXT_EN } from "./wizard";

export const UI_EN = {
  ...CORE_TEXT_EN,
  cause: CAUSE_TEXT_EN,
  company: COMPANY_TEXT_EN,
  pages: PAGES_TEXT_EN,
  search: SEARCH_TEXT_EN,
  wizard: WIZARD_TEXT_EN,
} as const satisfies Shape<typeof UI_JA>;
