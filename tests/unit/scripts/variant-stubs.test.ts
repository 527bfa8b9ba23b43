import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { causeIssuerParams, codeIssuerParams } from "@/lib/views/code";
import { stubHtml, writeVariantStubs } from "@/scripts/write-variant-stubs";

// The export's small file at every card-company address (scripts/write-variant-stubs.ts).

describe("card-company addresses in the export", () => {
  it("a file says where the page is, to people and to the browser, with its text escaped", () => {
    const html = stubHtml("/codes/x/y", "/codes/x/y?card=a#answer", `A <b> & "c"`);
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/codes/x/y?card=a#answer">');
    expect(html).toContain('<a href="/codes/x/y?card=a#answer">A &#60;b&#62; &#38; &#34;c&#34;</a>');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(/<link rel="canonical" href="[^"]+\/codes\/x\/y">/);
    expect(html).not.toContain("<b>");
  });

  it("writes one file per code and company and per cause and company, and nothing else", () => {
    const root = mkdtempSync(path.join(tmpdir(), "stubs-"));
    try {
      const n = writeVariantStubs(root);
      expect(n).toBe(codeIssuerParams().length + causeIssuerParams().length);
      const saison = readFileSync(path.join(root, "codes/au-pay/er323/saison.html"), "utf8");
      expect(saison).toContain("url=/codes/au-pay/er323?card=saison#answer");
      expect(saison).toContain("<title>au PAY ER323（セゾンカードの場合）</title>");
      const cause = readFileSync(path.join(root, "causes/threeds-not-enrolled/seven-card.html"), "utf8");
      expect(cause).toContain("url=/causes/threeds-not-enrolled?card=seven-card#what-to-do");
      expect(readdirSync(root).sort()).toEqual(["causes", "codes"]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
