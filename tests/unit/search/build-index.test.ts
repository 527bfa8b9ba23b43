import { describe, expect, it } from "vitest";
import { getCatalog } from "@/lib/catalog";
import { buildSearchIndex } from "@/lib/search/build-index";
import { compactText, normalizeText } from "@/lib/search/normalize";
import { UI } from "@/lib/ui-text";
import { brandHref } from "@/lib/web/links";

describe("buildSearchIndex: causes and their services", () => {
  const catalog = getCatalog();
  const index = buildSearchIndex(catalog);
  const servicesOf = (cause: string) => new Set(catalog.codes.filter((c) => c.causes.some((l) => l.cause === cause)).map((c) => c.service));
  const keywords = (id: string) =>
    index.docs
      .find((d) => d.kind === "cause" && d.id === id)
      ?.terms.filter((t) => t.field === "keyword")
      .map((t) => t.text) ?? [];

  it("gives a cause only one service's codes have that service's names, as its codes have them", () => {
    expect(keywords("nanaco-charge-too-soon")).toEqual(["nanaco", "ななこ"]);
    const code = index.docs.find((d) => d.id === "nanaco/pgse35");
    expect(code?.terms.filter((t) => t.field === "keyword").map((t) => t.text)).toEqual(["nanaco", "ななこ"]);
  });

  it("marks each stored kana reading as the reading of the name right before it", () => {
    const pairs = index.docs.flatMap((doc) =>
      doc.terms.flatMap((t, i) =>
        t.reading ? [[doc.kind, doc.terms[i - 1]?.field === t.field ? doc.terms[i - 1]?.text : "?", t.text]] : [],
      ),
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

  it("gives a cause several services share no service names, and lists keywords, title, summary, then steps", () => {
    const causes = catalog.causes.map((c) => c.id);
    const shared = causes.filter((id) => servicesOf(id).size > 1);
    expect(shared.length).toBeGreaterThan(3);
    for (const id of shared) expect(keywords(id), id).toEqual([]);
    for (const doc of index.docs.filter((d) => d.kind === "cause")) {
      const fields = doc.terms.map((t) => t.field);
      const after = fields.slice(fields.lastIndexOf("keyword") + 1);
      expect(after.slice(0, 2), doc.id).toEqual(["title", "summary"]);
      expect(new Set(after.slice(2)), doc.id).toEqual(new Set(["step"]));
    }
  });
});

describe("buildSearchIndex: causes open their own page, codes say when they have a page per card company", () => {
  const catalog = getCatalog();
  const index = buildSearchIndex(catalog);

  it("links every cause to /causes/{id} and indexes its steps and what not to do", () => {
    for (const cause of catalog.causes) {
      const doc = index.docs.find((d) => d.kind === "cause" && d.id === cause.id);
      expect(doc?.href).toBe(`/causes/${cause.id}`);
      const steps = doc?.terms.filter((t) => t.field === "step").map((t) => t.text);
      expect(steps).toEqual([...cause.steps.map((s) => s.text), ...cause.dontDo]);
    }
  });

  it("marks exactly the codes whose causes have a card company's part", () => {
    const withPart = new Set(catalog.causes.filter((c) => c.steps.some((s) => s.issuerPart)).map((c) => c.id));
    for (const code of catalog.codes) {
      const doc = index.docs.find((d) => d.kind === "code" && d.id === code.key);
      expect(doc?.perIssuer === true, code.key).toBe(code.causes.some((l) => withPart.has(l.cause)));
    }
  });
});

describe("buildSearchIndex: a code's own names", () => {
  const index = buildSearchIndex(getCatalog());
  const names = (key: string) =>
    index.docs.find((d) => d.kind === "code" && d.id === key)?.terms.filter((t) => t.field === "code" || t.field === "alias") ?? [];

  it("keeps names in Latin letters as written (fraudulent is no 不正利用), and folds Japanese ones as titles are", () => {
    const latin = names("stripe/fraudulent");
    expect(latin.length).toBeGreaterThan(1);
    for (const t of latin) expect(t.norm, t.text).toBe(normalizeText(t.text));
    // 「3Dセキュア認証に…」 is a shop's message: its 3Dセキュア folds into 本人認証 as everywhere else.
    const [message] = names("shop-messages/card-not-3ds-ready");
    expect(message?.norm).toContain(normalizeText("本人認証"));
    expect(message?.norm).not.toBe(normalizeText(message?.text ?? ""));
  });
});

describe("buildSearchIndex: card brands", () => {
  const catalog = getCatalog();
  const index = buildSearchIndex(catalog);
  const brandDocs = index.docs.filter((d) => d.kind === "brand");

  it("has one document per brand, opening its page, titled as the page is, with every name of the brand", () => {
    expect(brandDocs.map((d) => d.id)).toEqual(catalog.brands.map((b) => b.id));
    for (const brand of catalog.brands) {
      const doc = brandDocs.find((d) => d.id === brand.id);
      expect(doc?.href).toBe(brandHref(brand.id));
      expect(doc?.label).toBe(UI.pages.brand.title(brand.name, brand.programme));
      expect(doc?.label).toContain(brand.programme);
      expect(doc?.label).toContain(brand.name);
      const names = doc?.terms.filter((t) => t.field === "name").map((t) => t.text);
      expect(names).toEqual([brand.programme, ...brand.formerNames, brand.name, ...brand.aliases]);
    }
  });

  it("keeps a brand's names as written, normalised as every other term is (no second normaliser)", () => {
    for (const t of brandDocs.flatMap((d) => d.terms.filter((x) => x.field === "name"))) expect(t.norm, t.text).toBe(normalizeText(t.text));
  });

  it("makes every programme and former name a key of the exact-match table, leading to its brand", () => {
    const exact = new Map(index.exact);
    for (const brand of catalog.brands)
      for (const name of [brand.programme, ...brand.formerNames]) {
        const hits = exact.get(compactText(name)) ?? [];
        expect(
          hits.some(([d]) => index.docs[d]?.kind === "brand" && index.docs[d]?.id === brand.id),
          name,
        ).toBe(true);
      }
  });
});
