import { describe, expect, it } from "vitest";
import { UI } from "@/lib/ui-text";
import { UI_BY_LOCALE } from "@/lib/ui-text/locales";
import { UI_JA } from "@/lib/ui-text/ja";
import { inLocale } from "@/lib/locale";

/**
 * Every language's interface words have exactly UI's keys (nested objects and lists walked, functions
 * compared by their number of parameters), and the English words hold no Japanese except inside 「」
 * (what a person must recognise on screen) or the Japanese site name.
 */

type Leaf = { path: string; value: unknown };

/** Where two word trees differ in shape: a key in one only, a different kind of value, a different arity. */
function shapeDifferences(a: unknown, b: unknown, path = "UI"): string[] {
  const kind = (v: unknown) => (Array.isArray(v) ? "list" : v === null ? "null" : typeof v);
  if (kind(a) !== kind(b)) return [`${path}: ${kind(a)} in one language, ${kind(b)} in the other`];
  if (typeof a === "function" && typeof b === "function") {
    return a.length === b.length ? [] : [`${path}: takes ${a.length} parameter(s) in one language, ${b.length} in the other`];
  }
  if (typeof a !== "object" || a === null || b === null || typeof b !== "object") return [];
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const out: string[] = [];
  for (const k of Object.keys(ra)) if (!(k in rb)) out.push(`${path}.${k}: only in the first language`);
  for (const k of Object.keys(rb)) if (!(k in ra)) out.push(`${path}.${k}: only in the second language`);
  for (const k of Object.keys(ra)) if (k in rb) out.push(...shapeDifferences(ra[k], rb[k], `${path}.${k}`));
  return out;
}

/**
 * Sample arguments for a function whose parameter types are not known at run time: each variant passes
 * the same kind of value for every parameter (names, numbers on both sides of 1, lists of codes), so every
 * branch of a `n === 1 ? … : …` or `codes.length > 3` runs in some variant. A variant that throws
 * (a list method called on a string) is skipped; at least one must work.
 */
const SAMPLE_ARGS: readonly unknown[] = ["Rakuten Card", 0, 1, 2, 5, [], ["PGSE37"], ["PGSE37", "ER323", "G12", "42G30", "do_not_honor"]];

/** Every string in the tree, and every string a function returns for the sample arguments. */
function texts(node: unknown, path = "UI"): Leaf[] {
  if (typeof node === "string") return [{ path, value: node }];
  if (typeof node === "function") {
    const out: Leaf[] = [];
    for (const sample of SAMPLE_ARGS) {
      let value: unknown;
      try {
        value = (node as (...args: unknown[]) => unknown)(...Array.from({ length: node.length }, () => sample));
      } catch {
        continue;
      }
      out.push({ path: `${path}(${JSON.stringify(sample)})`, value });
    }
    if (out.length === 0) out.push({ path: `${path}()`, value: new Error("threw for every sample argument") });
    return out;
  }
  if (typeof node === "object" && node !== null) {
    return Object.entries(node).flatMap(([k, v]) => texts(v, `${path}.${k}`));
  }
  return [{ path, value: node }];
}

const SITE_NAME_JA = "決済エラーナビ";
/** Kana, kanji and the Japanese punctuation and full-width forms (、。（）：・ and full-width letters). */
const JAPANESE = /[\u3000-\u303f\u3040-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** What is left of an English string once the Japanese a person must recognise (in 「」) and the site name go. */
function outsideQuotes(s: string): string {
  return s.replace(/「[^「」]*」/gu, "").replaceAll(SITE_NAME_JA, "");
}

describe("shapeDifferences (the walker itself)", () => {
  it("reports a key in one language only, a changed kind, a list of another length and a different arity", () => {
    const ja = { a: "あ", o: { b: "い", c: "う" }, l: ["x", "y"], f: (n: string, c: number) => `${n}${c}` };
    const en = { a: "a", o: { b: "b", d: "d" }, l: ["x"], f: (n: string) => n };
    expect(shapeDifferences(ja, en).sort()).toEqual(
      [
        "UI.o.c: only in the first language",
        "UI.o.d: only in the second language",
        "UI.l.1: only in the first language",
        "UI.f: takes 2 parameter(s) in one language, 1 in the other",
      ].sort(),
    );
    expect(shapeDifferences({ a: "あ" }, { a: () => "a" })).toEqual(["UI.a: string in one language, function in the other"]);
    expect(shapeDifferences(ja, ja)).toEqual([]);
  });
});

describe("interface words in every language", () => {
  it("Japanese is the original (ja.ts), and UI reads the language of the page", () => {
    expect(UI_BY_LOCALE.ja).toBe(UI_JA);
    expect(UI.siteName).toBe(UI_JA.siteName);
    expect(inLocale("en", () => UI.siteName)).toBe("Payment Error Navi");
    expect(inLocale("en", () => UI.wizard.title)).toBe(UI_BY_LOCALE.en.wizard.title);
    expect(UI.wizard.title).toBe(UI_JA.wizard.title);
  });

  for (const [locale, words] of Object.entries(UI_BY_LOCALE)) {
    it(`${locale} has exactly UI's keys, lists and function parameters`, () => {
      expect(shapeDifferences(UI_JA, words)).toEqual([]);
    });

    it(`${locale}: every word is a non-empty string, and every function returns one`, () => {
      const bad = texts(words).filter((t) => typeof t.value !== "string" || t.value.trim() === "");
      expect(bad.map((t) => `${t.path}: ${String(t.value)}`)).toEqual([]);
    });
  }
});

describe("English interface words", () => {
  const english = texts(UI_BY_LOCALE.en).filter((t): t is { path: string; value: string } => typeof t.value === "string");

  it("has words to check", () => {
    expect(english.length).toBeGreaterThan(100);
  });

  it("holds no Japanese except inside 「」 or the Japanese site name", () => {
    // The language switch names the other language in that language (「日本語」), as switches do.
    const bad = english.filter((t) => !t.path.startsWith("UI.language.") && JAPANESE.test(outsideQuotes(t.value)));
    expect(bad.map((t) => `${t.path}: ${t.value}`)).toEqual([]);
  });

  it("opens and closes every 「」", () => {
    const bad = english.filter((t) => /[「」]/u.test(t.value.replace(/「[^「」]*」/gu, "")));
    expect(bad.map((t) => `${t.path}: ${t.value}`)).toEqual([]);
  });

  it("names the site 'Payment Error Navi'", () => {
    expect(UI_BY_LOCALE.en.siteName).toBe("Payment Error Navi");
  });

  it("the check itself: catches Japanese outside 「」 and lets it stand inside", () => {
    expect(JAPANESE.test(outsideQuotes("Open 「楽天e-NAVI」 (Rakuten Card's member site)"))).toBe(false);
    expect(JAPANESE.test(outsideQuotes("About 決済エラーナビ"))).toBe(false);
    expect(JAPANESE.test(outsideQuotes("本人認証 (identity check)"))).toBe(true);
    expect(JAPANESE.test(outsideQuotes("Step 1（see above）"))).toBe(true);
  });
});
