import type { Issuer } from "./schema/issuer";

/**
 * Card companies in the order people look for them: the ones a service features first (nanaco takes only
 * Seven Card for new registrations), in the order given, then all others by their kana reading, as a
 * Japanese list is read. Unknown featured ids are skipped (the catalog validator reports them).
 */
export function issuersInOrder(issuers: readonly Issuer[], featuredIds: readonly string[] = []): Issuer[] {
  const byId = new Map(issuers.map((i) => [i.id, i]));
  const featured = [...new Set(featuredIds)].flatMap((id) => byId.get(id) ?? []);
  const rest = issuers.filter((i) => !featuredIds.includes(i.id)).sort((a, b) => a.names.kana.localeCompare(b.names.kana, "ja"));
  return [...featured, ...rest];
}
