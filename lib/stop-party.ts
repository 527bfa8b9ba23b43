import type { Fixer } from "./schema/cause";
import type { Likelihood } from "./schema/code";
import type { Service } from "./schema/service";

/** The three places a card payment passes through, in order. */
export const PARTIES = ["shop", "payment", "card"] as const;
export type Party = (typeof PARTIES)[number];

/**
 * Who stopped the payment, from who can fix each cause. A cause the person fixes themselves (3-D Secure
 * not registered, a wrong password, a mistyped number) was still stopped by the card company's check.
 * The service that shows the code is the shop, unless it is itself a payment company (a gateway).
 */
export function partyOf(fixer: Fixer, serviceKind: Service["kind"] | undefined): Party {
  switch (fixer) {
    case "merchant":
      return "shop";
    case "service":
      return serviceKind === "gateway" ? "payment" : "shop";
    case "issuer":
    case "user":
      return "card";
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
  if (causes.length === 0) return { parties: [], certain: false };
  const best = Math.min(...causes.map((c) => RANK[c.likelihood]));
  const top = causes.filter((c) => RANK[c.likelihood] === best).map((c) => partyOf(c.fixer, serviceKind));
  const parties = PARTIES.filter((p) => top.includes(p));
  return { parties, certain: parties.length === 1 && best === 0 };
}
