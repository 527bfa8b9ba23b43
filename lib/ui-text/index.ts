/**
 * Every word the interface shows, in the language of the page being rendered: `UI.code.title` reads the
 * Japanese (ja.ts) or the English (en/) words at the moment it is read. Server components use UI; client
 * islands use the hooks in hooks/use-ui.ts (useSearchText…), which know the language while the server
 * renders them too and ship only the words files they need.
 * Read UI inside a function, never into a module-level constant (that would freeze one language).
 * Catalog content (codes, causes, card companies) lives in data/, not here.
 */
import { currentLocale } from "../locale";
import { UI_BY_LOCALE, type UiText } from "./locales";

export { UI_BY_LOCALE, type UiText };
export { LOCALES, type Locale } from "./locales";

/** The words of the current page's language. */
const uiText = (): UiText => UI_BY_LOCALE[currentLocale()];

// A view of whichever language's words the current page uses; nothing is copied.
export const UI: UiText = new Proxy({} as UiText, {
  get: (_, key) => Reflect.get(uiText(), key),
  has: (_, key) => Reflect.has(uiText(), key),
  ownKeys: () => Reflect.ownKeys(uiText()),
  getOwnPropertyDescriptor: (_, key) => {
    const d = Reflect.getOwnPropertyDescriptor(uiText(), key);
    return d ? { ...d, configurable: true } : undefined;
  },
});
