/** The interface words of each language the site can show. Japanese (UI_JA) is the original. */
import { LOCALES, type Locale } from "../locale";
import { UI_EN } from "./en";
import { UI_JA } from "./ja";
import type { Shape } from "./shape";

export { LOCALES, type Locale };

/** The shape every language's interface words share: UI_JA's keys, with any wording. */
export type UiText = Shape<typeof UI_JA>;

export const UI_BY_LOCALE: { readonly [L in Locale]: UiText } = { ja: UI_JA, en: UI_EN };
