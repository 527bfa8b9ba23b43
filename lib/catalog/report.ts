import type { Catalog } from "./schema/catalog";
import { factVariants, ISSUER_FACT_KEYS } from "./schema/issuer";
import { CONFIDENCE_LEVELS, type Confidence } from "./schema/source";

/** Confidence levels that do not, on their own, make a claim trustworthy enough. */
const WEAK: readonly Confidence[] = ["third-party", "seed"];

/** A source published longer ago than this is old: limits, methods and phone numbers change. */
export const STALE_AFTER_YEARS = 3;

/** The five facts the schema holds for each card company. */
export const ISSUER_FACTS = ISSUER_FACT_KEYS;

export type CatalogReport = {
  codesByService: {
    service: string;
    name: string;
    codes: number;
    known: number;
    uncertain: number;
    unknown: number;
    /** Codes citing at least one official or vendor source. */
    strong: number;
  }[];
  /** Share of all codes citing at least one official or vendor source (0–1). */
  strongCodeShare: number;
  /** Codes, and card-company facts, every source of which was published more than STALE_AFTER_YEARS ago. */
  staleCodes: { key: string; sources: string[] }[];
  staleIssuerFacts: { issuer: string; fact: string; sources: string[] }[];
  /** Card-company facts filled, of how many the schema holds, and how many cite an official or vendor source. */
  issuerFacts: { filled: number; possible: number; strong: number; withContact: number; withBrands: number };
  /** How many sources there are of each confidence, and how many citations point at them. */
  sourcesByConfidence: { confidence: Confidence; sources: number; citations: number }[];
  /** Codes whose own sources (code and on-screen message) are all third-party or seed. */
  weakCodes: { key: string; sources: string[] }[];
  /** Causes whose sources (cause and steps) are all third-party or seed. */
  weakCauses: { id: string; sources: string[] }[];
  totals: { services: number; codes: number; causes: number; issuers: number; sources: number };
};

/**
 * Sums up what the catalog rests on, so editors can see where it is weak. Pure: takes a catalog
 * (already parsed and validated), returns plain data.
 */
export function buildCatalogReport(catalog: Catalog, today: Date = new Date()): CatalogReport {
  const confidenceOf = new Map(catalog.sources.map((s) => [s.id, s.confidence]));
  const publishedOf = new Map(catalog.sources.map((s) => [s.id, s.published]));
  const isWeak = (refs: readonly string[]) => refs.length > 0 && refs.every((r) => WEAK.includes(confidenceOf.get(r) ?? "third-party"));
  const isStrong = (refs: readonly string[]) => refs.some((r) => !WEAK.includes(confidenceOf.get(r) ?? "third-party"));
  const cutoff = new Date(today);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - STALE_AFTER_YEARS);
  const cutoffDay = cutoff.toISOString().slice(0, 10);
  // A source without a date is not counted as old: nothing says it is.
  const isStale = (refs: readonly string[]) => refs.length > 0 && refs.every((r) => (publishedOf.get(r) ?? "9999") < cutoffDay);
  const codeRefs = (c: Catalog["codes"][number]) => [...new Set([...c.sources, ...(c.message?.sources ?? [])])];

  const citations = new Map<string, number>();
  const cite = (refs: readonly string[]) => refs.forEach((r) => citations.set(r, (citations.get(r) ?? 0) + 1));
  for (const b of catalog.brands) cite(b.sources);
  for (const s of catalog.services) {
    cite(s.sources);
    s.notes.forEach((n) => cite(n.sources));
  }
  for (const i of catalog.issuers) {
    cite(i.threeDSecure.sources);
    for (const part of [i.authMethod, i.passwordName, i.unlock, i.fraudUnlock, i.contact]) if (part) cite(part.sources);
  }
  for (const c of catalog.causes) {
    cite(c.sources);
    c.steps.forEach((st) => cite(st.sources));
  }
  for (const c of catalog.codes) {
    cite(c.sources);
    if (c.message) cite(c.message.sources);
  }

  const codesByService = catalog.services.map((s) => {
    const codes = catalog.codes.filter((c) => c.service === s.id);
    const count = (m: string) => codes.filter((c) => c.meaning === m).length;
    return {
      service: s.id,
      name: s.name,
      codes: codes.length,
      known: count("known"),
      uncertain: count("uncertain"),
      unknown: count("unknown"),
      strong: codes.filter((c) => isStrong(codeRefs(c))).length,
    };
  });
  const strongCodes = catalog.codes.filter((c) => isStrong(codeRefs(c))).length;

  const facts = catalog.issuers.flatMap((i) =>
    ISSUER_FACTS.flatMap((fact) => {
      const f = i[fact];
      return f
        ? [
            {
              issuer: i.id,
              fact,
              sources: [...new Set([...f.sources, ...factVariants(f).flatMap((v) => v.sources)])],
            },
          ]
        : [];
    }),
  );

  const sourcesByConfidence = CONFIDENCE_LEVELS.map((confidence) => {
    const ids = catalog.sources.filter((s) => s.confidence === confidence).map((s) => s.id);
    return { confidence, sources: ids.length, citations: ids.reduce((n, id) => n + (citations.get(id) ?? 0), 0) };
  });

  const uniq = (xs: readonly string[]) => [...new Set(xs)];
  const weakCodes = catalog.codes.map((c) => ({ key: c.key, sources: codeRefs(c) })).filter((c) => isWeak(c.sources));
  const weakCauses = catalog.causes
    .map((c) => ({ id: c.id, sources: uniq([...c.sources, ...c.steps.flatMap((s) => s.sources)]) }))
    .filter((c) => isWeak(c.sources));

  return {
    codesByService,
    strongCodeShare: catalog.codes.length === 0 ? 0 : strongCodes / catalog.codes.length,
    staleCodes: catalog.codes.map((c) => ({ key: c.key, sources: codeRefs(c) })).filter((c) => isStale(c.sources)),
    staleIssuerFacts: facts.filter((f) => isStale(f.sources)),
    issuerFacts: {
      filled: facts.length,
      possible: catalog.issuers.length * ISSUER_FACTS.length,
      strong: facts.filter((f) => isStrong(f.sources)).length,
      withContact: catalog.issuers.filter((i) => i.contact !== undefined).length,
      withBrands: catalog.issuers.filter((i) => i.brands.length > 0).length,
    },
    sourcesByConfidence,
    weakCodes,
    weakCauses,
    totals: {
      services: catalog.services.length,
      codes: catalog.codes.length,
      causes: catalog.causes.length,
      issuers: catalog.issuers.length,
      sources: catalog.sources.length,
    },
  };
}

/** The report as plain text for the terminal. */
export function formatCatalogReport(r: CatalogReport): string {
  const lines: string[] = [];
  const t = r.totals;
  lines.push(`Catalog: ${t.codes} codes in ${t.services} services, ${t.causes} causes, ${t.issuers} card companies, ${t.sources} sources`);
  const pct = (n: number, of: number) => (of === 0 ? "-" : `${Math.round((n / of) * 100)} %`);
  lines.push("", "Codes by service (known / uncertain / unknown meaning; share with an official or vendor source):");
  for (const s of r.codesByService) {
    lines.push(
      `  ${s.service.padEnd(14)} ${String(s.codes).padStart(4)}   (${s.known} / ${s.uncertain} / ${s.unknown})  ${pct(s.strong, s.codes).padStart(5)}  ${s.name}`,
    );
  }
  lines.push(`  all codes with an official or vendor source: ${Math.round(r.strongCodeShare * 100)} %`);
  const f = r.issuerFacts;
  lines.push(
    "",
    `Card-company facts: ${f.filled} of ${f.possible} filled; ${pct(f.strong, f.filled)} of them cite an official or vendor source; contact ${f.withContact}, brands ${f.withBrands} of ${r.totals.issuers}`,
  );
  lines.push("", `Codes whose every source is older than ${STALE_AFTER_YEARS} years (${r.staleCodes.length}):`);
  for (const c of r.staleCodes) lines.push(`  ${c.key}  [${c.sources.join(", ")}]`);
  if (r.staleCodes.length === 0) lines.push("  (none)");
  lines.push("", `Card-company facts whose every source is older than ${STALE_AFTER_YEARS} years (${r.staleIssuerFacts.length}):`);
  for (const x of r.staleIssuerFacts) lines.push(`  ${x.issuer}.${x.fact}  [${x.sources.join(", ")}]`);
  if (r.staleIssuerFacts.length === 0) lines.push("  (none)");
  lines.push("", "Sources by confidence (sources, citations):");
  for (const c of r.sourcesByConfidence) {
    lines.push(`  ${c.confidence.padEnd(12)} ${String(c.sources).padStart(4)} ${String(c.citations).padStart(6)}`);
  }
  lines.push("", `Codes resting only on third-party and/or seed sources (${r.weakCodes.length}):`);
  for (const c of r.weakCodes) lines.push(`  ${c.key}  [${c.sources.join(", ")}]`);
  if (r.weakCodes.length === 0) lines.push("  (none)");
  lines.push("", `Causes resting only on third-party and/or seed sources (${r.weakCauses.length}):`);
  for (const c of r.weakCauses) lines.push(`  ${c.id}  [${c.sources.join(", ")}]`);
  if (r.weakCauses.length === 0) lines.push("  (none)");
  return `${lines.join("\n")}\n`;
}
