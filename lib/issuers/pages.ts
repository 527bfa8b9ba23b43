import { ISSUER_PAGE_GROUPS } from "../generated/issuer-pages";

/**
 * Whether /codes/{service}/{code}/{issuer} is a prerendered page. Reads the list generated at build time
 * (not the catalog), so the proxy can use it without touching data/.
 */
const issuersByCode = new Map<string, ReadonlySet<string>>(
  ISSUER_PAGE_GROUPS.flatMap((g) => {
    const issuers = new Set(g.issuers);
    return g.codes.map((code) => [code, issuers] as const);
  }),
);

export function hasIssuerPage(service: string, code: string, issuer: string): boolean {
  return issuersByCode.get(`${service}/${code}`)?.has(issuer) ?? false;
}
