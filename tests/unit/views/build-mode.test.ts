import { describe, expect, it } from "vitest";
import { onDemandPaths, wizardStepParams } from "@/lib/views/build-mode";
import { codeIssuerParams } from "@/lib/views/code";
import { codeHref } from "@/lib/web/links";
import { movedCodes } from "@/lib/views/moved-codes";

// The list server/guard.mjs lets through to the routes rendered on demand: whatever is not in it gets the
// not-found page before rendering, so a page missing here would be unreachable in server mode.

describe("onDemandPaths", () => {
  const paths = new Set(onDemandPaths());

  it("names every card-company variant and every wizard screen", () => {
    for (const p of codeIssuerParams())
      expect(paths.has(codeHref(p.service, p.code, p.issuer)), `${p.service}/${p.code}/${p.issuer}`).toBe(true);
    expect(paths.has("/diagnose/nanaco/pgse37/no/result")).toBe(true);
    expect(paths.has("/diagnose/code/au-pay/er323")).toBe(true);
    expect(wizardStepParams().length).toBeGreaterThan(0);
  });

  it("names the old addresses of a moved code's variants, which next.config.ts redirects", () => {
    const moved = movedCodes();
    expect(moved.length).toBeGreaterThan(0);
    for (const { from } of moved) {
      const [service = "", slug = ""] = from.split("/");
      expect(
        [...paths].some((p) => p.startsWith(`${codeHref(service, slug)}/`)),
        from,
      ).toBe(true);
    }
  });

  it("has only plain lower-case paths, each once", () => {
    const all = onDemandPaths();
    expect(new Set(all).size).toBe(all.length);
    for (const p of all) expect(p).toMatch(/^(\/en)?\/(codes|causes|diagnose)(\/[a-z0-9-]+)*$/);
  });

  it("lists each page in both languages", () => {
    const all = new Set(onDemandPaths());
    const japanese = [...all].filter((p) => !p.startsWith("/en/"));
    expect(japanese.length * 2).toBe(all.size);
    for (const p of japanese) expect(all.has(`/en${p}`), p).toBe(true);
  });
});
