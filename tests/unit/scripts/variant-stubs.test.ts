import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { causeIssuerParams, codeIssuerParams } from "@/lib/views/code";
import { COMPANY_PAGES_MAP, companyPagesMap, stubHtml, writeExportAddresses } from "@/scripts/write-variant-stubs";

// The export's card-company addresses (a list nginx reads) and wizard code addresses (small files):
// scripts/write-variant-stubs.ts.

describe("card-company and wizard addresses in the export", () => {
  it("a small file says where the page is, to people and to the browser, with its text escaped", () => {
    const html = stubHtml("/codes/x/y", "/codes/x/y?card=a#answer", `A <b> & "c"`);
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/codes/x/y?card=a#answer">');
    expect(html).toContain('<a href="/codes/x/y?card=a#answer">A &#60;b&#62; &#38; &#34;c&#34;</a>');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(/<link rel="canonical" href="[^"]+\/codes\/x\/y">/);
    expect(html).not.toContain("<b>");
  });

  it("lists every code and company and cause and company, in both languages, with the page that answers it", () => {
    const lines = companyPagesMap();
    expect(lines).toHaveLength(2 * (codeIssuerParams().length + causeIssuerParams().length));
    expect(lines).toContain("/codes/au-pay/er323/saison /codes/au-pay/er323.html;");
    expect(lines).toContain("/en/codes/nanaco/pgse37/seven-card /en/codes/nanaco/pgse37.html;");
    expect(lines).toContain("/en/causes/threeds-not-enrolled/seven-card /en/causes/threeds-not-enrolled.html;");
    for (const line of lines) expect(line).toMatch(/^(\/en)?\/[a-z0-9/-]+ (\/en)?\/[a-z0-9/-]+\.html;$/);
  });

  it("turns the wizard's code addresses into small files that go to the page's canonical answers", () => {
    const root = mkdtempSync(path.join(tmpdir(), "stubs-"));
    try {
      for (const [rel, lang] of [
        ["diagnose/code/au-pay/er323.html", "ja"],
        ["en/diagnose/code/au-pay/er323.html", "en"],
      ] as const) {
        mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
        const prefix = lang === "en" ? "/en" : "";
        writeFileSync(
          path.join(root, rel),
          `<html lang="${lang}"><head><title>Q &amp; A</title><link rel="canonical" href="http://x.test${prefix}/diagnose/au-pay/er323"/></head><body>big</body></html>`,
        );
      }
      const { companies, aliases } = writeExportAddresses(root);
      expect(aliases).toBe(2);
      expect(companies).toBe(companyPagesMap().length);
      const en = readFileSync(path.join(root, "en/diagnose/code/au-pay/er323.html"), "utf8");
      expect(en).toContain("url=/en/diagnose/au-pay/er323");
      expect(en).toContain('<html lang="en">');
      expect(en).toContain("<title>Q &#38; A</title>");
      expect(readFileSync(path.join(root, "diagnose/code/au-pay/er323.html"), "utf8")).toContain("url=/diagnose/au-pay/er323");
      expect(readdirSync(root).sort()).toEqual([COMPANY_PAGES_MAP, "diagnose", "en"]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
