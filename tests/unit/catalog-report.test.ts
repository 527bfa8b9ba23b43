import { describe, expect, it } from "vitest";
import { getCatalog } from "@/lib/catalog";
import { parseCatalogFiles } from "@/lib/catalog-parse";
import { buildCatalogReport, formatCatalogReport } from "@/lib/catalog-report";
import { minimalCatalogFiles } from "./fixtures/minimal-catalog";

describe("catalog report", () => {
  it("flags codes and causes whose sources are all third-party or seed", () => {
    const fx = minimalCatalogFiles();
    fx.files["sources.json"].sources.push({
      id: "src-blog", title: "ブログ", publisher: "個人", url: "https://example.com/blog", confidence: "third-party", lastVerified: "2026-11-22",
    });
    fx.files["codes/svc.json"].codes[1]!.sources = ["src-blog", "src-seed"];
    fx.files["causes/base.json"].causes[0]!.sources = ["src-seed"];
    const report = buildCatalogReport(parseCatalogFiles(fx.toRaw()).catalog);
    expect(report.weakCodes.map((c) => c.key)).toEqual(["svc/c2"]);
    expect(report.weakCauses.map((c) => c.id)).toEqual(["cause-a"]);
    expect(report.sourcesByConfidence).toEqual([
      { confidence: "official", sources: 1, citations: 3 },
      { confidence: "vendor", sources: 0, citations: 0 },
      { confidence: "third-party", sources: 1, citations: 1 },
      { confidence: "seed", sources: 1, citations: 3 },
    ]);
    const text = formatCatalogReport(report);
    expect(text).toContain("svc/c2  [src-blog, src-seed]");
    expect(text).not.toContain("svc/c1  [");
  });

  it("shows the real catalog meets issue 3's size goal and lists its weak entries", () => {
    const report = buildCatalogReport(getCatalog());
    expect(report.totals.codes).toBeGreaterThanOrEqual(100);
    expect(report.codesByService.filter((s) => s.codes > 0).length).toBeGreaterThanOrEqual(8);
    const weak = report.weakCodes.map((c) => c.key);
    expect(weak).toContain("au-pay/er305"); // a 2024 blog is its only source
    expect(weak).not.toContain("nanaco/pgse35"); // the Seven Card FAQ (official) backs it
  });
});
