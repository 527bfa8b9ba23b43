import { describe, expect, it } from "vitest";
import { englishCatalog, overlay } from "@/lib/catalog/english";
import { englishOf, getCatalog, getCode, getIssuer, getSource, listCauses } from "@/lib/catalog/load";
import { requiredEnglish } from "@/lib/catalog/translations";
import { inLocale } from "@/lib/locale";

// The catalog as English pages read it (lib/catalog/english.ts): every Japanese text replaced by its twin.

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/u;
// Japanese the person must recognise stands in 「」 or in brackets beside the English.
const outsideQuotes = (s: string) => s.replace(/「[^「」]*」/gu, "").replace(/[（(][^（）()]*[）)]/gu, "");

function at(entry: unknown, path: string): unknown {
  return (path.match(/[^.[\]]+/g) ?? []).reduce<unknown>((x, k) => (x as Record<string, unknown> | undefined)?.[k], entry);
}

describe("the English catalog", () => {
  const ja = getCatalog();
  const en = englishCatalog(ja);

  it("replaces every field that has English, and leaves the Japanese catalog as it was", () => {
    const required = requiredEnglish(ja);
    let checked = 0;
    for (const code of en.codes) {
      for (const path of required.code?.[code.key] ?? []) {
        expect(at(code, path), `${code.key} ${path}`).toBe(englishOf("code", code.key)[path]);
        checked += 1;
      }
    }
    for (const cause of en.causes) {
      for (const path of required.cause?.[cause.id] ?? []) {
        expect(at(cause, path), `${cause.id} ${path}`).toBe(englishOf("cause", cause.id)[path]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(getCode("au-pay", "er323")?.title).toMatch(JAPANESE);
  });

  it("is what the getters return while an English page renders", () => {
    const title = inLocale("en", () => getCode("au-pay", "er323")?.title);
    expect(title).toBe(englishOf("code", "au-pay/er323").title);
    expect(inLocale("en", () => listCauses()).every((c) => !JAPANESE.test(outsideQuotes(c.title)))).toBe(true);
  });

  it("gives each source's caveat (our own note) in English, and keeps its title as published", () => {
    const en = inLocale("en", () => getSource("seed-poican-aupay-er323"));
    expect(en?.caveat).toBe("A personal account. Its list of cards is from when it was written and does not match later lists.");
    expect(en?.title).toBe(getSource("seed-poican-aupay-er323")?.title);
    expect(getSource("seed-poican-aupay-er323")?.caveat).toMatch(JAPANESE);
  });

  it("names card companies by their Latin names, and keeps the Japanese name for search", () => {
    const rakuten = inLocale("en", () => getIssuer("rakuten"));
    expect(rakuten?.names.ja).toBe("Rakuten Card");
    expect(rakuten?.names.aliases).toContain("楽天カード");
  });

  it("overlay sets each path and fails loudly on a path that leads nowhere", () => {
    const entry = { title: "あ", steps: [{ text: "い" }, { text: "う" }] };
    expect(overlay(entry, { title: "A", "steps[1].text": "U" })).toEqual({ title: "A", steps: [{ text: "い" }, { text: "U" }] });
    expect(entry.title).toBe("あ");
    expect(() => overlay(entry, { "steps[5].text": "X" })).toThrow(/does not lead/);
    expect(() => overlay(entry, { steps: "X" })).toThrow(/not a text/);
  });
});
