import type { Step } from "@/lib/catalog/schema/cause";
import { UI } from "@/lib/ui-text";
import { AsideText } from "../common/aside-text";
import { IssuerPart } from "../issuer/issuer-part";
import type { Issuer } from "@/lib/catalog/schema/issuer";
import { fillTemplateName } from "../issuer/fill-marks";
import { type CompanySlot, companyPartPlan } from "./company-slot";

/**
 * Numbered steps with the chosen card company's part under the steps that need it (each fact once). On a
 * page that offers the choice (`pickHref`, the picker's anchor) and none is made, the hint stands once.
 */
export function StepList({
  steps,
  company,
  pickHref,
  citeParts = true,
}: {
  steps: readonly Step[];
  company: CompanySlot;
  pickHref?: string;
  /** False where the company parts' sources are listed together elsewhere (「まず、これを」). */
  citeParts?: boolean;
}) {
  const box = (i: number, issuer: Issuer | undefined) => {
    const plan = companyPartPlan(steps, issuer, pickHref !== undefined)[i];
    if (plan === "hint") {
      return (
        <div className="issuer-part muted">
          <a href={pickHref}>{UI.company.pickHint}</a>
        </div>
      );
    }
    return plan === "part" ? <IssuerPart part={steps[i]!.issuerPart!} issuer={issuer} cite={citeParts} /> : null;
  };
  return (
    // With a filled slot, each box is a marker the browser fills with the chosen company's part; the
    // list is the group within which each fact stands once (as companyPartPlan does on the server).
    <ol className="steps" data-cf-group={company.fill ? "" : undefined}>
      {steps.map((step, i) => (
        <li key={i}>
          <AsideText text={step.text} />
          {step.issuerPart ? (
            company.fill ? (
              <div className="cf-slot" data-cf-part={fillTemplateName(step.issuerPart, citeParts)}>
                {box(i, undefined)}
              </div>
            ) : (
              company((issuer) => box(i, issuer))
            )
          ) : null}
        </li>
      ))}
    </ol>
  );
}
