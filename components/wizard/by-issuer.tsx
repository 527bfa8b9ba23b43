import type { ReactNode } from "react";
import type { Issuer } from "@/lib/catalog";
import { issuerFragment } from "@/lib/web/links";
import type { CompanySlot } from "../cause/company-slot";
import { KeepIssuerChoice } from "./keep-issuer-choice";

/**
 * The result page holds every card company's version of the few company-specific parts, and one is shown:
 * with JavaScript, the company named in the URL (?card={id}, kept by KeepIssuerChoice on the scope's
 * data-card, so an in-page link such as 「本文へ移動」 cannot drop it); without, the fragment (#card-{id})
 * picks it by CSS :target. One prerendered page serves all companies. With neither, the general text shows.
 */
const SCOPE = "wz-scope";
const TARGET = "wz-target";
const BODY = "wz-body";
const PART = "wz-ip";

function scopeCss(issuers: readonly Issuer[]): string {
  const noJs = `.${SCOPE}:not([data-card])>`;
  return [
    `.${PART}{display:none}`,
    `.${PART}.${PART}-generic{display:contents}`,
    `${noJs}.${TARGET}:target~.${BODY} .${PART}.${PART}-generic,.${SCOPE}[data-card] .${PART}.${PART}-generic{display:none}`,
    ...issuers.map(
      (i) =>
        `${noJs}#${issuerFragment(i.id)}:target~.${BODY} .${PART}.${PART}-${i.id},.${SCOPE}[data-card="${i.id}"] .${PART}.${PART}-${i.id}{display:contents}`,
    ),
  ].join("\n");
}

/** Wraps the result page: one empty target per company before the body, and the rules that pick one. */
export function IssuerScope({ issuers, children }: { issuers: readonly Issuer[]; children: ReactNode }) {
  return (
    <div className={SCOPE} data-wz-scope="">
      <style>{scopeCss(issuers)}</style>
      <KeepIssuerChoice ids={issuers.map((i) => i.id)} />
      {issuers.map((i) => (
        <span key={i.id} id={issuerFragment(i.id)} className={TARGET} />
      ))}
      <div className={BODY}>{children}</div>
    </div>
  );
}

/**
 * Renders `render(undefined)` (the general text) and, when companies are given, one version per company.
 * `as="div"` when the versions hold blocks (a step's company box), so no block lands inside a <span>.
 */
export function ByIssuer({
  issuers,
  render,
  as: Tag = "span",
}: {
  issuers: readonly Issuer[] | null;
  render: (issuer?: Issuer) => ReactNode;
  as?: "span" | "div";
}) {
  if (!issuers) return <>{render(undefined)}</>;
  return (
    <>
      <Tag className={`${PART} ${PART}-generic`}>{render(undefined)}</Tag>
      {issuers.map((i) => (
        <Tag key={i.id} className={`${PART} ${PART}-${i.id}`}>
          {render(i)}
        </Tag>
      ))}
    </>
  );
}

/** The company slot of a result page: every company's version, or the general text when none was asked. */
export function byIssuerSlot(issuers: readonly Issuer[] | null): CompanySlot {
  return function ByIssuerSlot(render) {
    return <ByIssuer issuers={issuers} render={render} as="div" />;
  };
}
