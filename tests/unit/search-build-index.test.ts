import { describe, expect, it } from "vitest";
import { getCatalog } from "@/lib/catalog";
import { buildSearchIndex } from "@/lib/search/build-index";

describe("buildSearchIndex: causes and their services", () => {
  const catalog = getCatalog();
  const index = buildSearchIndex(catalog);
  const servicesOf = (cause: string) => new Set(catalog.codes.filter((c) => c.causes.some((l) => l.cause === cause)).map((c) => c.service));
  const keywords = (id: string) =>
    index.docs.find((d) => d.kind === "cause" && d.id === id)?.terms.filter((t) => t.field === "keyword").map((t) => t.text) ?? [];

  it("gives a cause only one service's codes have that service's names, as its codes have them", () => {
    expect(keywords("nanaco-charge-too-soon")).toEqual(["nanaco", "ななこ"]);
    const code = index.docs.find((d) => d.id === "nanaco/pgse35");
    expect(code?.terms.filter((t) => t.field === "keyword").map((t) => t.text)).toEqual(["nanaco", "ななこ"]);
  });

  it("marks each stored kana reading as the reading of the name right before it", () => {
    const pairs = index.docs.flatMap((doc) =>
      doc.terms.flatMap((t, i) => (t.reading ? [[doc.kind, doc.terms[i - 1]?.field === t.field ? doc.terms[i - 1]?.text : "?", t.text]] : [])),
    );
    const nanaco = ["nanaco", "ななこ"];
    expect(pairs).toContainEqual(["service", ...nanaco]);
    expect(pairs).toContainEqual(["code", ...nanaco]);
    expect(pairs).toContainEqual(["cause", ...nanaco]);
    expect(pairs).toContainEqual(["issuer", "au PAY カード", "えーゆーぺいかーど"]);
    // Every reading the catalog has, and nothing else (an alias or latin name is shown as written).
    const readings = new Set([...catalog.services.flatMap((s) => (s.kana ? [s.kana] : [])), ...catalog.issuers.map((i) => i.names.kana)]);
    expect(new Set(pairs.map(([, , kana]) => kana))).toEqual(readings);
    expect(pairs.filter(([kind]) => kind === "service" || kind === "issuer")).toHaveLength(readings.size);
  });

  it("gives a cause several services share no service names, and lists keywords before the title", () => {
    const causes = catalog.causes.map((c) => c.id);
    const shared = causes.filter((id) => servicesOf(id).size > 1);
    expect(shared.length).toBeGreaterThan(3);
    for (const id of shared) expect(keywords(id), id).toEqual([]);
    for (const doc of index.docs.filter((d) => d.kind === "cause")) {
      const fields = doc.terms.map((t) => t.field);
      expect(fields.slice(fields.lastIndexOf("keyword") + 1), doc.id).toEqual(["title", "summary"]);
    }
  });
});
