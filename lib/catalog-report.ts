import type { Catalog } from "./schema/catalog";
import { CONFIDENCE_LEVELS, type Confidence } from "./schema/source";

/** Confidence levels that do not, on their own, make a claim trustworthy enough. */
const WEAK: readonly Confidence[] = ["third-party", "seed"];

export type CatalogReport = {
  codesByService: { service: string; name: string; codes: number; known: number; uncertain: number; unknown: number }[];
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
export function buildCatalogReport(catalog: Catalog): CatalogReport {
  const confidenceOf = new Map(catalog.sources.map((s) => [s.id, s.confidence]));
  const isWeak = (refs: readonly string[]) =>
    refs.length > 0 && refs.every((r) => WEAK.includes(confidenceOf.get(r) ?? "third-party"));

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
    return { service: s.id, name: s.name, codes: codes.length, known: count("known"), uncertain: count("uncertain"), unknown: count("unknown") };
  });

  const sourcesByConfidence = CONFIDENCE_LEVELS.map((confidence) => {
    const ids = catalog.sources.filter((s) => s.confidence === confidence).map((s) => s.id);
    return { confidence, sources: ids.length, citations: ids.reduce((n, id) => n + (citations.get(id) ?? 0), 0) };
  });

  const uniq = (xs: readonly string[]) => [...new Set(xs)];
  const weakCodes = catalog.codes
    .map((c) => ({ key: c.key, sources: uniq([...c.sources, ...(c.message?.sources ?? [])]) }))
    .filter((c) => isWeak(c.sources));
  const weakCauses = catalog.causes
    .map((c) => ({ id: c.id, sources: uniq([...c.sources, ...c.steps.flatMap((s) => s.sources)]) }))
    .filter((c) => isWeak(c.sources));

  return {
    codesByService,
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
  lines.push("", "Codes by service (known / uncertain / unknown meaning):");
  for (const s of r.codesByService) {
    lines.push(`  ${s.service.padEnd(14)} ${String(s.codes).padStart(4)}   (${s.known} / ${s.uncertain} / ${s.unknown})  ${s.name}`);
  }
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
