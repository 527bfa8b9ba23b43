import type { ReactNode } from "react";
import type { Issuer } from "@/lib/catalog";
import { issuerFragment } from "@/lib/wizard/engine";

/**
 * The result page holds every card company's version of the few company-specific parts; the fragment
 * (#card-{id}) picks one by CSS :target, so one prerendered page serves all companies, with or without
 * JavaScript, and reload, back and sharing keep the choice. Without a fragment the general text shows.
 */
const TARGET = "wz-target";
const BODY = "wz-body";
const PART = "wz-ip";

function scopeCss(issuers: readonly Issuer[]): string {
  return [
    `.${PART}{display:none}`,
    `.${PART}.${PART}-generic{display:contents}`,
    `.${TARGET}:target~.${BODY} .${PART}.${PART}-generic{display:none}`,
    ...issuers.map((i) => `#${issuerFragment(i.id)}:target~.${BODY} .${PART}.${PART}-${i.id}{display:contents}`),
  ].join("\n");
}

/** Wraps the result page: one empty target per company before the body, and the rules that pick one. */
export function IssuerScope({ issuers, children }: { issuers: readonly Issuer[]; children: ReactNode }) {
  return (
    <>
      <style>{scopeCss(issuers)}</style>
      {issuers.map((i) => (
        <span key={i.id} id={issuerFragment(i.id)} className={TARGET} />
      ))}
      <div className={BODY}>{children}</div>
    </>
  );
}

/** Renders `render(undefined)` (the general text) and, when companies are given, one version per company. */
export function ByIssuer({ issuers, render }: { issuers: readonly Issuer[] | null; render: (issuer?: Issuer) => ReactNode }) {
  if (!issuers) return <>{render(undefined)}</>;
  return (
    <>
      <span className={`${PART} ${PART}-generic`}>{render(undefined)}</span>
      {issuers.map((i) => (
        <span key={i.id} className={`${PART} ${PART}-${i.id}`}>
          {render(i)}
        </span>
      ))}
    </>
  );
}
