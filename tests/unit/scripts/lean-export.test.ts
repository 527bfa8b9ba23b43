import { describe, expect, it } from "vitest";
import { fileKind, isDroppable, pageKind } from "@/scripts/lib/lean-export.mjs";

// Which files of Next's static export the lean export removes (scripts/build-export.mjs), by name.

describe("lean export", () => {
  it("keeps every page's html and every other file", () => {
    for (const rel of [
      "index.html",
      "en.html",
      "codes/au-pay/er323.html",
      "en/codes/au-pay/er323.html",
      "diagnose.html",
      "diagnose/nanaco.html",
      "diagnose/nanaco/pgse37/no/result.html",
      "en/diagnose/nanaco/pgse37/no/result.html",
      "search-index.json",
      "en/search-index.json",
      "robots.txt",
      "api/v1/codes.json",
      "_next/static/chunks/0rjbrrkr3umlk.js",
    ]) {
      expect(isDroppable(rel), rel).toBe(false);
    }
  });

  it("drops every page's client-navigation data, in both languages", () => {
    for (const rel of [
      "index.txt",
      "en.txt",
      "codes/au-pay/er323.txt",
      "en/codes/au-pay/er323.txt",
      "causes.txt",
      "issuers/saison.txt",
      "en/diagnose/nanaco/pgse37/no/result.txt",
      "__next._full.txt",
      "__next._tree.txt",
      "codes/au-pay/er323/__next._full.txt",
      "codes/au-pay/er323/__next._tree.txt",
      "codes/au-pay/er323/__next.codes.$d$service.$d$code.__PAGE__.txt",
      "causes/threeds-not-enrolled/__next._tree.txt",
      "diagnose/__next._tree.txt",
      "codes/au-pay/er323/saison.txt",
      "codes/au-pay/er323/saison/__next._tree.txt",
      "codes/au-pay/er323/saison/__next.codes.$d$service.$d$code.$d$issuer.__PAGE__.txt",
      "causes/threeds-not-enrolled/saison.txt",
      "causes/threeds-not-enrolled/saison/__next._tree.txt",
      "diagnose/nanaco.txt",
      "diagnose/nanaco/__next._tree.txt",
      "diagnose/code/au-pay/er323.txt",
      "diagnose/nanaco/pgse37/no/result.txt",
    ]) {
      expect(isDroppable(rel), rel).toBe(true);
    }
  });

  it("sorts files for the size report", () => {
    expect(pageKind("codes/au-pay/er323/saison.html")).toBe("code pages' card-company variants");
    expect(pageKind("causes/threeds-not-enrolled/saison/__next._tree.txt")).toBe("cause pages' card-company variants");
    expect(pageKind("causes/threeds-not-enrolled.html")).toBe("cause pages");
    expect(pageKind("codes/au-pay/er323/__next._tree.txt")).toBe("code pages");
    expect(pageKind("codes/au-pay/er323.html")).toBe("code pages");
    expect(pageKind("diagnose/nanaco.html")).toBe("wizard steps");
    expect(pageKind("diagnose.html")).toBe("wizard steps");
    expect(pageKind("index.html")).toBe("other pages and files");
    expect(pageKind("en/codes/au-pay/er323.html")).toBe("code pages");
    expect(pageKind("en/diagnose/nanaco.html")).toBe("wizard steps");
    expect(fileKind("codes/au-pay/er323.html.br")).toBe("precompressed copy");
    expect(fileKind("codes/au-pay/er323.txt")).toBe("page data (client navigation)");
    expect(fileKind("robots.txt")).toBe("other (json, xml, icons)");
  });
});
