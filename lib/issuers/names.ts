import type { Issuer } from "../catalog/schema/issuer";

/**
 * Names people may know the company by. The kana reading is left out: it is written for search, not a
 * name anyone uses; names that differ only in case (SAISON, Saison) stand once.
 */
export function otherIssuerNames(issuer: Issuer): string[] {
  const seen = new Set([issuer.names.ja.toLowerCase()]);
  return [issuer.names.latin, ...issuer.names.aliases].filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
