import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getCode, listIssuers } from "@/lib/catalog";
import { codeIssuerParams, codeUsesIssuer } from "@/lib/views/code";
import { hasIssuerPage } from "@/lib/issuers/pages";
import { ISSUER_PAGES_FILE, issuerPagesModule } from "@/scripts/lib/issuer-pages-module";
import { MOVED_CODES_FILE, movedCodesModule } from "@/scripts/lib/moved-codes-module";
import { movedCodes } from "@/lib/views/moved-codes";

describe("lib/generated/moved-codes.ts", () => {
  it("is current with the catalog's formerKeys (else run `npm run gen:issuer-pages`)", () => {
    expect(readFileSync(MOVED_CODES_FILE, "utf8")).toBe(movedCodesModule(movedCodes()));
    expect(movedCodes().map((m) => m.from)).toContain("gmo-pg/g44");
  });
});

describe("lib/generated/issuer-pages.ts", () => {
  it("is current with the catalog (else run `npm run gen:issuer-pages`)", () => {
    expect(readFileSync(ISSUER_PAGES_FILE, "utf8")).toBe(issuerPagesModule(codeIssuerParams()));
  });

  it("answers true for exactly the prerendered child pages", () => {
    const params = codeIssuerParams();
    expect(params.length).toBeGreaterThan(0);
    for (const p of params) expect(hasIssuerPage(p.service, p.code, p.issuer), `${p.service}/${p.code}/${p.issuer}`).toBe(true);
    // A code whose steps never use the card company's part has no children.
    const plain = getCode("nanaco", "pgse35");
    expect(plain && codeUsesIssuer(plain)).toBe(false);
    for (const i of listIssuers()) expect(hasIssuerPage("nanaco", "pgse35", i.id)).toBe(false);
  });

  it("answers false for unknown or mis-cased ids", () => {
    expect(hasIssuerPage("au-pay", "er323", "saison")).toBe(true);
    expect(hasIssuerPage("au-pay", "er323", "SAISON")).toBe(false);
    expect(hasIssuerPage("au-pay", "er323", "no-such-issuer")).toBe(false);
    expect(hasIssuerPage("au-pay", "no-such-code", "saison")).toBe(false);
    expect(hasIssuerPage("", "", "")).toBe(false);
    expect(hasIssuerPage("au-pay/er323", "", "saison")).toBe(false);
  });
});

describe("issuerPagesModule", () => {
  it("groups codes that share one issuer list and sorts everything", () => {
    const text = issuerPagesModule([
      { service: "b", code: "2", issuer: "y" },
      { service: "a", code: "1", issuer: "y" },
      { service: "a", code: "1", issuer: "x" },
      { service: "b", code: "2", issuer: "x" },
      { service: "c", code: "3", issuer: "z" },
    ]);
    expect(text.match(/issuers: \[/g)).toHaveLength(2);
    expect(text.replace(/\s+/g, "")).toContain('{issuers:["x","y",],codes:["a/1","b/2",],}');
    expect(text.replace(/\s+/g, "")).toContain('{issuers:["z",],codes:["c/3",],}');
  });
});
