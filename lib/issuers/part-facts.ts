import type { IssuerPart } from "../catalog/schema/cause";
import { factVariants, type Issuer, type IssuerFactKey, type PhoneLine } from "../catalog/schema/issuer";

/** A sourced fact of a card company that a step's part can show; each renderer picks its own label for it. */
export type { IssuerFactKey };

/** Where a company's card lines differ: the fact for one line (「セゾンカード（アメリカン・エキスプレス）の場合」). */
export interface FactVariant {
  applies: string;
  text: string;
  sources: readonly string[];
}

export interface IssuerFactLine {
  key: IssuerFactKey;
  text: string;
  sources: readonly string[];
  variants: readonly FactVariant[];
  /** authMethod: the day the method last changed. */
  changedOn?: string;
  /** passwordName: the company's page where the password is set again. */
  resetUrl?: string;
  /** contact: the company's own contact page, and its sourced phone lines. */
  page?: string;
  phones?: readonly PhoneLine[];
}

/**
 * What a card company's part of a step has to show. The code pages, the cause pages, the issuer pages and
 * the wizard all decide from this one answer, so "known" and "unknown" (and so when a fallback is shown)
 * mean the same everywhere.
 */
export type IssuerPartFacts =
  | { kind: "three-d-secure"; url: string; title: string | undefined; datedNote: string | undefined; sources: readonly string[] }
  | { kind: "facts"; lines: readonly IssuerFactLine[] }
  | { kind: "unknown" };

// Which facts fill each part, in the order they are shown. "unlock" and "fraud-unlock" stay apart (see ISSUER_PARTS).
export const FACTS_OF: Record<Exclude<IssuerPart, "three-d-secure">, readonly IssuerFactKey[]> = {
  "auth-method": ["authMethod", "passwordName"],
  unlock: ["unlock"],
  "fraud-unlock": ["fraudUnlock"],
  contact: ["contact"],
};

/** One fact of the company as a line, or undefined when no source gives it. */
export function factLine(issuer: Issuer, key: IssuerFactKey): IssuerFactLine | undefined {
  const fact = issuer[key];
  if (!fact) return undefined;
  const line: IssuerFactLine = { key, text: fact.text, sources: fact.sources, variants: factVariants(fact) };
  if (key === "authMethod" && issuer.authMethod?.changedOn) line.changedOn = issuer.authMethod.changedOn;
  if (key === "passwordName" && issuer.passwordName?.resetUrl) line.resetUrl = issuer.passwordName.resetUrl;
  if (key === "contact" && issuer.contact) {
    if (issuer.contact.page) line.page = issuer.contact.page;
    if (issuer.contact.phones && issuer.contact.phones.length > 0) line.phones = issuer.contact.phones;
  }
  return line;
}

export function issuerPartFacts(part: IssuerPart, issuer: Issuer): IssuerPartFacts {
  // Every company has a 3-D Secure page (the schema requires it), so this part is never unknown.
  if (part === "three-d-secure") {
    const { url, title, datedNote, sources } = issuer.threeDSecure;
    return { kind: "three-d-secure", url, title, datedNote, sources };
  }
  const lines = FACTS_OF[part].flatMap((key) => factLine(issuer, key) ?? []);
  return lines.length > 0 ? { kind: "facts", lines } : { kind: "unknown" };
}

/** Every source behind one fact line: the fact's own, its variants' and its phone lines'. */
export function lineSources(line: IssuerFactLine): string[] {
  return [...line.sources, ...line.variants.flatMap((v) => v.sources), ...(line.phones ?? []).flatMap((p) => p.sources)];
}

/** The sources behind a company's part of a step (none when the fact is unknown or no company is chosen). */
export function issuerPartSources(part: IssuerPart, issuer: Issuer | undefined): string[] {
  if (!issuer) return [];
  const facts = issuerPartFacts(part, issuer);
  if (facts.kind === "three-d-secure") return [...facts.sources];
  if (facts.kind === "facts") return facts.lines.flatMap(lineSources);
  return [];
}

/** The number as a tel: link target: digits and a leading + only (0120-00-0000 → tel:0120000000). */
export const telHref = (number: string): string => `tel:${number.replace(/[^\d+]/g, "")}`;
