import type { IssuerPart } from "./schema/cause";
import type { Issuer } from "./schema/issuer";

/** A sourced fact of a card company that a step's part can show; each renderer picks its own label for it. */
export type IssuerFactKey = "authMethod" | "passwordName" | "unlock" | "fraudUnlock" | "contact";

export interface IssuerFactLine {
  key: IssuerFactKey;
  text: string;
  sources: readonly string[];
}

/**
 * What a card company's part of a step has to show. The code pages, the issuer pages and the wizard all
 * decide from this one answer, so "known" and "unknown" (and so when a fallback is shown) mean the same everywhere.
 */
export type IssuerPartFacts =
  | { kind: "three-d-secure"; url: string; datedNote: string | undefined; sources: readonly string[] }
  | { kind: "facts"; lines: readonly IssuerFactLine[] }
  | { kind: "unknown" };

// Which facts fill each part, in the order they are shown. "unlock" and "fraud-unlock" stay apart (see ISSUER_PARTS).
const FACTS_OF: Record<Exclude<IssuerPart, "three-d-secure">, readonly IssuerFactKey[]> = {
  "auth-method": ["authMethod", "passwordName"],
  unlock: ["unlock"],
  "fraud-unlock": ["fraudUnlock"],
  contact: ["contact"],
};

export function issuerPartFacts(part: IssuerPart, issuer: Issuer): IssuerPartFacts {
  // Every company has a 3-D Secure page (the schema requires it), so this part is never unknown.
  if (part === "three-d-secure") {
    const { url, datedNote, sources } = issuer.threeDSecure;
    return { kind: "three-d-secure", url, datedNote, sources };
  }
  const lines = FACTS_OF[part].flatMap((key) => {
    const fact = issuer[key];
    return fact ? [{ key, text: fact.text, sources: fact.sources }] : [];
  });
  return lines.length > 0 ? { kind: "facts", lines } : { kind: "unknown" };
}

/** The sources behind a company's part of a step (none when the fact is unknown or no company is chosen). */
export function issuerPartSources(part: IssuerPart, issuer: Issuer | undefined): string[] {
  if (!issuer) return [];
  const facts = issuerPartFacts(part, issuer);
  if (facts.kind === "three-d-secure") return [...facts.sources];
  if (facts.kind === "facts") return facts.lines.flatMap((l) => l.sources);
  return [];
}
