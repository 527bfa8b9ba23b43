import { getCause, getCode, getService, listCauses, listCodes, listIssuers, listServices, type CatalogCode, type Cause } from "../catalog";
import type { CodeCause, Likelihood } from "../catalog/schema/code";
import { issuersInOrder, likelyIssuers } from "../issuers/order";
import type { Issuer } from "../catalog/schema/issuer";
import type { Service } from "../catalog/schema/service";

/** What a code page shows, gathered from the catalog once. Server-only (reads the catalog). */

const LIKELIHOOD_RANK: Record<Likelihood, number> = { high: 0, medium: 1, low: 2 };

export type RankedCause = { link: CodeCause; cause: Cause };

/** The code's causes, most likely first; the catalog's order breaks ties. */
export function rankedCauses(code: CatalogCode): RankedCause[] {
  return code.causes
    .flatMap((link) => {
      const cause = getCause(link.cause);
      return cause ? [{ link, cause }] : [];
    })
    .map((c, i) => ({ c, i }))
    .sort((a, b) => LIKELIHOOD_RANK[a.c.link.likelihood] - LIKELIHOOD_RANK[b.c.link.likelihood] || a.i - b.i)
    .map(({ c }) => c);
}

/** True when some step of the cause asks for the chosen card company's part. */
export function causeUsesIssuer(cause: Cause): boolean {
  return cause.steps.some((s) => s.issuerPart !== undefined);
}

/** True when some step of the code asks for the chosen card company's part. */
export function codeUsesIssuer(code: CatalogCode): boolean {
  return code.causes.some((link) => {
    const cause = getCause(link.cause);
    return cause ? causeUsesIssuer(cause) : false;
  });
}

/** Card companies sorted by their reading, the order people expect in a Japanese list. */
export function issuersByKana(): Issuer[] {
  return issuersInOrder(listIssuers());
}

/** The card-company choice for a service's code: the service's featured companies first, then by reading. */
export function issuersForService(serviceId: string): Issuer[] {
  return issuersInOrder(listIssuers(), getService(serviceId)?.featuredIssuers?.ids);
}

/** The card-company choice split into the likely ones for a service (featured, then common) and the rest. */
export function issuerChoiceFor(serviceId: string | undefined): { likely: Issuer[]; rest: Issuer[] } {
  return likelyIssuers(listIssuers(), serviceId ? getService(serviceId)?.featuredIssuers?.ids : undefined);
}

/** Every (code, card company) page to prerender: only codes where the choice changes the steps. */
export function codeIssuerParams(): { service: string; code: string; issuer: string }[] {
  const issuers = listIssuers();
  return listCodes()
    .filter(codeUsesIssuer)
    .flatMap((c) => issuers.map((i) => ({ service: c.service, code: c.slug, issuer: i.id })));
}

/** Codes whose steps bring in a card company's own part, i.e. where the company matters. */
export function codesWithIssuerParts(): CatalogCode[] {
  return listCodes().filter(codeUsesIssuer);
}

export function codeLabel(code: CatalogCode): string {
  return `${getService(code.service)?.name ?? code.service} ${code.code}`;
}

export { getCode };

/**
 * The codes whose steps fill in a card company's part, by service in catalog order; informational codes
 * (`secondary`, such as 3-D Secure's confidence levels) apart, so the codes that need a fix come first.
 */
export function issuerCodeGroups(): { service: Service; main: CatalogCode[]; secondary: CatalogCode[] }[] {
  const codes = codesWithIssuerParts();
  return listServices()
    .map((service) => {
      const mine = codes.filter((c) => c.service === service.id);
      return { service, main: mine.filter((c) => !c.secondary), secondary: mine.filter((c) => c.secondary) };
    })
    .filter((g) => g.main.length + g.secondary.length > 0);
}

/** Every code, in every service, that leads to the cause: 「同じ問題が、こう表示されることもあります」. */
export function codesOfCause(causeId: string): CatalogCode[] {
  return listCodes().filter((c) => c.causes.some((link) => link.cause === causeId));
}

/** Every (cause, card company) page to prerender: only causes whose steps use the company's parts. */
export function causeIssuerParams(): { cause: string; issuer: string }[] {
  const issuers = listIssuers();
  return listCauses()
    .filter(causeUsesIssuer)
    .flatMap((c) => issuers.map((i) => ({ cause: c.id, issuer: i.id })));
}
