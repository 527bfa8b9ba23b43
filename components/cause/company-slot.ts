import type { ReactNode } from "react";
import { issuerPartFacts } from "@/lib/issuers/part-facts";
import type { IssuerPart, Step } from "@/lib/catalog/schema/cause";
import type { Issuer } from "@/lib/catalog/schema/issuer";
import { UI } from "@/lib/ui-text";

/**
 * Where a cause needs the chosen card company, it asks the page for it through this slot. Code and cause
 * pages have one company (or none); the wizard's result page in server mode holds every company's version
 * and lets CSS pick one (components/wizard/by-issuer.tsx). Either way the cause is rendered by the same
 * components.
 *
 * A slot with `fill` set (the static export's pages, see filledSlot) renders the general text inside
 * markers, and the browser puts the chosen company's parts in (components/issuer/company-fill.tsx), so
 * one file serves every company instead of one file per company.
 */
export type CompanySlot = ((render: (issuer: Issuer | undefined) => ReactNode) => ReactNode) & { readonly fill?: true };

/** The slot of a page with one company chosen, or none. */
export const oneCompany =
  (issuer?: Issuer): CompanySlot =>
  (render) =>
    render(issuer);

/** The slot of a page whose company the browser fills in: the general text, inside markers. */
export const filledSlot = (): CompanySlot =>
  Object.assign((render: (issuer: Issuer | undefined) => ReactNode) => render(undefined), { fill: true as const });

/** What a step shows in its company box: the company's part, the "choose a company" hint, or nothing. */
export type PartPlan = "part" | "hint" | null;

/**
 * Which steps of a cause show their company box. A fact shown once in a cause is not shown again under a
 * later step (the step simply stands alone), nor is an unknown fact's fallback; with no company on a page
 * that offers the choice, the hint stands once, at the first step that needs a company.
 */
export function companyPartPlan(steps: readonly Step[], issuer: Issuer | undefined, pickable: boolean): PartPlan[] {
  const seen = new Set<string>();
  let hinted = false;
  return steps.map((step) => {
    if (!step.issuerPart) return null;
    if (!issuer && pickable) {
      if (hinted) return null;
      hinted = true;
      return "hint";
    }
    const key = issuer ? JSON.stringify(issuerPartFacts(step.issuerPart, issuer)) : generalText(step.issuerPart);
    if (key === undefined || seen.has(key)) return null;
    seen.add(key);
    return "part";
  });
}

function generalText(part: IssuerPart): string | undefined {
  return part === "auth-method" ? undefined : UI.company.general[part];
}
