/**
 * Which language a page is in. Japanese lives at `/`, English at `/en/…` (app/(ja) and app/(en)/en).
 *
 * Server components read the language of the request they render: each English route says so first
 * (setRequestLocale in lib/locale/en-route.tsx), and React's `cache` keeps that for the rest of the same
 * request only, so two pages prerendered side by side never see each other's language. In the browser the
 * page's own `<html lang>` says it. Everything else (tests, scripts, route handlers) is Japanese unless it
 * asks for another language with inLocale.
 */
import { cache } from "react";

export const LOCALES = ["ja", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "ja";

const requestStore = cache((): { locale: Locale } => ({ locale: DEFAULT_LOCALE }));
// Set only while a synchronous inLocale() call runs: nothing else can run in between.
let forced: Locale | undefined;

/** Marks the request being rendered as one in `locale`; English routes call it before anything renders. */
export function setRequestLocale(locale: Locale): void {
  requestStore().locale = locale;
}

/** The language of the page being rendered (server) or shown (browser). */
export function currentLocale(): Locale {
  if (forced) return forced;
  if (typeof document !== "undefined") return document.documentElement.lang === "en" ? "en" : "ja";
  return requestStore().locale;
}

/** Runs a synchronous job (building the English search index, a route handler) in `locale`. */
export function inLocale<T>(locale: Locale, job: () => T): T {
  const before = forced;
  forced = locale;
  try {
    return job();
  } finally {
    forced = before;
  }
}

const EN_PREFIX = "/en";

/** The language an address is in: /en and /en/… are English, everything else Japanese. */
export const localeOfPath = (path: string): Locale =>
  path === EN_PREFIX || path.startsWith(`${EN_PREFIX}/`) || path.startsWith(`${EN_PREFIX}?`) ? "en" : "ja";

/** A Japanese address ("/codes/…", "/") as it is in `locale`. */
export const inLocalePath = (path: string, locale: Locale): string => {
  if (locale === "ja") return path;
  return path === "/" ? EN_PREFIX : path.startsWith("/?") ? `${EN_PREFIX}${path.slice(1)}` : `${EN_PREFIX}${path}`;
};

/** An address in either language, as the Japanese address it mirrors. */
export const japanesePath = (path: string): string => {
  if (localeOfPath(path) === "ja") return path;
  const rest = path.slice(EN_PREFIX.length);
  return rest === "" ? "/" : rest.startsWith("?") ? `/${rest}` : rest;
};

/** The same page in the other language: the address the language switch links to. */
export const twinPath = (path: string): string => (localeOfPath(path) === "en" ? japanesePath(path) : inLocalePath(path, "en"));

const JAPANESE_TEXT = /[\u3040-\u30ff\u3400-\u9fff]/u;

/**
 * `{ lang: "ja" }` for a Japanese text (a source's title, a company's own name) shown on an English page,
 * so screen readers read it as Japanese; nothing otherwise (spread it: a Japanese page, Japanese
 * throughout, then carries no attribute at all, not even an empty one in the page's data).
 */
export const langOf = (text: string): { lang?: "ja" } => (currentLocale() === "en" && JAPANESE_TEXT.test(text) ? { lang: "ja" } : {});
