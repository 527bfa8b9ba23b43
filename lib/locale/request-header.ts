/**
 * The header server/guard.mjs sets on every request: the language of the address asked for ("en" under
 * /en, else "ja"). The not-found page reads it: it is one page for both languages and sees only
 * /_not-found. Whatever a client sends under this name is overwritten.
 */
export const LOCALE_HEADER = "x-kessai-locale";
