/** The interface words of each language the site can show. Japanese (UI) is the original. */
import { UI } from "./index";
import { UI_EN } from "./en";
import type { Shape } from "./shape";

export const LOCALES = ["ja", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** The shape every language's interface words share: UI's keys, with any wording. */
export type UiText = Shape<typeof UI>;

export const UI_BY_LOCALE: { readonly [L in Locale]: UiText } = { ja: UI, en: UI_EN };
