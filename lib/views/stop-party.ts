import type { Fixer } from "../catalog/schema/cause";
import type { Likelihood } from "../catalog/schema/code";
import type { Service } from "../catalog/schema/service";

/** The three places a card payment passes through, in order. */
export const PARTIES = ["shop", "payment", "card"] as const;
export type Party = (typeof PARTIES)[number];

/**
 * Who stopped the payment, from who can fix each cause. A cause the person fixes themselves (3-D Secure
 * not registered, a wrong password, a mistyped number) was still stopped by the card company's check.
 * The service that shows the code is the shop, unless it is itself a payment company (a gateway).
 */
export function partyOf(fixer: Fixer, serviceKind: Service["kind"] | undefined): Party | undefined {
  switch (fixer) {
    case "merchant":
      return "shop";
    case "service":
      return serviceKind === "gateway" || serviceKind === "card-network" ? "payment" : "shop";
    case "issuer":
    case "user":
      return "card";
    default:
      // Not reachable with validated data; a fixer the schema does not know places the cause nowhere.
      return undefined;
  }
}

const RANK: Record<Likelihood, number> = { high: 0, medium: 1, low: 2 };

/**
 * The parties to highlight: those of the most likely causes. `certain` is true when they all agree,
 * so the diagram can say "stopped here" rather than "maybe here".
 */
export function stoppingParties(
  causes: readonly { fixer: Fixer; likelihood: Likelihood }[],
  serviceKind: Service["kind"] | undefined,
): { parties: Party[]; certain: boolean } {
  // A cause with a likelihood or fixer outside the schema is left out rather than allowed to blank the
  // diagram: one NaN rank would otherwise make Math.min NaN and drop every other cause.
  const placed = causes.flatMap((c) => {
    const rank = Object.hasOwn(RANK, c.likelihood) ? RANK[c.likelihood] : undefined;
    const party = partyOf(c.fixer, serviceKind);
    return rank !== undefined && party !== undefined ? [{ rank, party }] : [];
  });
  if (placed.length === 0) return { parties: [], certain: false };
  const best = Math.min(...placed.map((c) => c.rank));
  const top = placed.filter((c) => c.rank === best).map((c) => c.party);
  const parties = PARTIES.filter((p) => top.includes(p));
  return { parties, certain: parties.length === 1 && best === 0 };
}
