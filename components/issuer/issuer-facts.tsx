import type { Issuer } from "@/lib/schema/issuer";
import { UI } from "@/lib/ui-text";
import { IssuerPartText, ThreeDSecureLink } from "./issuer-part";

/** Everything we know about one card company's checks, as a definition list (unknowns said plainly). */
export function IssuerFacts({ issuer }: { issuer: Issuer }) {
  const t = UI.code.issuer;
  return (
    <dl className="facts">
      <dt>{t.threeDSecure}</dt>
      <dd>
        <ThreeDSecureLink issuer={issuer} />
      </dd>
      <dt>{t.authMethod}</dt>
      <dd>
        <IssuerPartText part="auth-method" issuer={issuer} />
      </dd>
      <dt>{t.unlock}</dt>
      <dd>
        <IssuerPartText part="unlock" issuer={issuer} />
      </dd>
      <dt>{t.fraudUnlock}</dt>
      <dd>
        <IssuerPartText part="fraud-unlock" issuer={issuer} />
      </dd>
      <dt>{t.contact}</dt>
      <dd>
        <IssuerPartText part="contact" issuer={issuer} />
      </dd>
    </dl>
  );
}
