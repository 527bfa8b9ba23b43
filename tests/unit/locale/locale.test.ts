import { describe, expect, it } from "vitest";
import { currentLocale, inLocale, inLocalePath, japanesePath, localeOfPath, twinPath } from "@/lib/locale";
import { codeHref, codesApiHref, diagnoseResultHref, homeHref, searchHref } from "@/lib/web/links";

// Which language an address is in, and the same page's address in the other language (lib/locale).

describe("addresses in two languages", () => {
  it("reads the language from the path: /en and /en/… are English, nothing else", () => {
    expect(localeOfPath("/en")).toBe("en");
    expect(localeOfPath("/en/codes/au-pay/er323")).toBe("en");
    expect(localeOfPath("/")).toBe("ja");
    expect(localeOfPath("/codes/au-pay/er323")).toBe("ja");
    // A code or a word that merely starts with "en" is not the prefix.
    expect(localeOfPath("/english")).toBe("ja");
    expect(localeOfPath("/codes/en/x")).toBe("ja");
  });

  it("maps each page to its twin and back, the home page included", () => {
    for (const [ja, en] of [
      ["/", "/en"],
      ["/codes/au-pay/er323", "/en/codes/au-pay/er323"],
      ["/diagnose/nanaco/pgse37/no/result", "/en/diagnose/nanaco/pgse37/no/result"],
    ]) {
      expect(inLocalePath(ja!, "en")).toBe(en);
      expect(japanesePath(en!)).toBe(ja);
      expect(twinPath(ja!)).toBe(en);
      expect(twinPath(en!)).toBe(ja);
    }
  });

  it("links to pages in the language being rendered; the published data has one address", () => {
    expect(currentLocale()).toBe("ja");
    expect(codeHref("au-pay", "er323")).toBe("/codes/au-pay/er323");
    inLocale("en", () => {
      expect(currentLocale()).toBe("en");
      expect(homeHref()).toBe("/en");
      expect(codeHref("nanaco", "pgse37", "seven-card")).toBe("/en/codes/nanaco/pgse37/seven-card");
      expect(searchHref("insufficient funds")).toBe("/en/search?q=insufficient%20funds");
      expect(diagnoseResultHref(["au-pay", "er323", "yes", "result"], "saison")).toBe(
        "/en/diagnose/au-pay/er323/yes/result?card=saison#card-saison",
      );
      expect(codesApiHref()).toBe("/api/v1/codes.json");
    });
    // inLocale ends with its job, even when the job throws.
    expect(() =>
      inLocale("en", () => {
        throw new Error("x");
      }),
    ).toThrow("x");
    expect(currentLocale()).toBe("ja");
  });
});
