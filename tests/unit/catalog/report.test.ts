import { describe, expect, it } from "vitest";
import { getCatalog } from "@/lib/catalog";
import { parseCatalogFiles } from "@/lib/catalog/parse";
import { buildCatalogReport, formatCatalogReport } from "@/lib/catalog/report";
import { minimalCatalogFiles } from "../fixtures/minimal-catalog";

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
      { confidence: "official", sources: 1, citations: 4 },
      { confidence: "vendor", sources: 0, citations: 0 },
      { confidence: "third-party", sources: 1, citations: 1 },
      { confidence: "seed", sources: 1, citations: 3 },
    ]);
    const text = formatCatalogReport(report);
    expect(text).toContain("svc/c2  [src-blog, src-seed]");
    expect(text).not.toContain("svc/c1  [");
  });

  it("counts official or vendor backing per service, and flags codes and card-company facts resting only on old sources", () => {
    const fx = minimalCatalogFiles();
    (fx.files["sources.json"].sources as object[]).push({
      id: "src-old", title: "古い記事", publisher: "個人", url: "https://example.com/old", confidence: "third-party", published: "2019-05-01", lastVerified: "2026-11-22",
    });
    fx.files["codes/svc.json"].codes[1]!.sources = ["src-old"];
    Object.assign(fx.files["issuers.json"].issuers[0]!, { unlock: { text: "電話で解除します。", sources: ["src-old"] } });
    const report = buildCatalogReport(parseCatalogFiles(fx.toRaw()).catalog, new Date("2026-12-02T00:00:00Z"));
    expect(report.staleCodes.map((c) => c.key)).toEqual(["svc/c2"]);
    expect(report.staleIssuerFacts).toEqual([{ issuer: "iss", fact: "unlock", sources: ["src-old"] }]);
    const svc = report.codesByService.find((s) => s.service === "svc");
    expect(svc?.strong).toBe((svc?.codes ?? 0) - 1);
    expect(report.issuerFacts.filled).toBeGreaterThan(0);
    // Seen from 2021-06-01, the cutoff is 2018-06-01: the same 2019 source is not old yet.
    const fresh = buildCatalogReport(parseCatalogFiles(fx.toRaw()).catalog, new Date("2021-06-01T00:00:00Z"));
    expect(fresh.staleCodes).toEqual([]);
    expect(formatCatalogReport(report)).toContain("svc/c2  [src-old]");
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
