import type { Issuer } from "../catalog/schema/issuer";

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

/**
 * Card companies most people in Japan hold a card of, by the numbers of cards issued as commonly reported
 * (楽天カード, 三井住友カード, JCB, イオンカード, 三菱UFJニコス, セゾンカード). It only decides which
 * companies are offered first; nothing is claimed from it. Unknown ids are skipped.
 */
export const COMMON_ISSUER_IDS: readonly string[] = ["rakuten", "smbc", "jcb", "aeon", "mufg-nicos", "saison"];

/**
 * The choice split in two: the likely companies (the service's featured ones, then the common ones) shown
 * first, and the rest by reading, behind 「ほかのカード会社」.
 */
export function likelyIssuers(
  issuers: readonly Issuer[],
  featuredIds: readonly string[] = [],
): { likely: Issuer[]; rest: Issuer[] } {
  const ordered = issuersInOrder(issuers, [...featuredIds, ...COMMON_ISSUER_IDS]);
  const count = new Set([...featuredIds, ...COMMON_ISSUER_IDS].filter((id) => issuers.some((i) => i.id === id))).size;
  return { likely: ordered.slice(0, count), rest: ordered.slice(count) };
}
