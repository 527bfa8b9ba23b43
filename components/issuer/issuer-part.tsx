import { type IssuerFactLine, issuerPartFacts } from "@/lib/issuer-part-facts";
import type { IssuerPart as IssuerPartKind } from "@/lib/schema/cause";
import type { Issuer } from "@/lib/schema/issuer";
import { UI } from "@/lib/ui-text";
import { urlHost } from "@/lib/url-host";
import { SourceNote } from "../source-note";

/** Seed 001 tells people to call the number on the back of the card when in doubt. */
const CARD_BACK_SOURCE = "seed-3ds2-payment-faq";

/** A fact we do not have: say so plainly, then give the always-true way to reach the company. */
function Unknown() {
  return (
    <>
      {UI.code.issuer.unknown}
      {UI.code.issuer.cardBack}
      <SourceNote ids={[CARD_BACK_SOURCE]} />
    </>
  );
}

/** The 3-D Secure page link, with its dated note when research says the page may be old. */
export function ThreeDSecureLink({ issuer }: { issuer: Issuer }) {
  const t = issuer.threeDSecure;
  const host = urlHost(t.url);
  return (
    <>
      <a href={t.url} rel="noopener noreferrer">
        {UI.code.issuer.threeDSecureLink(issuer.names.ja)}
      </a>
      {host ? <span className="muted url-host">（{host}）</span> : null}
      {t.datedNote ? <span className="dated-note">{t.datedNote}</span> : null}
      <SourceNote ids={t.sources} />
    </>
  );
}

/** One sourced fact; only the password's name gets a label, as the other facts read as sentences. */
function FactLine({ line }: { line: IssuerFactLine }) {
  return (
    <>
      {line.key === "passwordName" ? (
        <>
          {" "}
          {UI.code.issuer.passwordName}：
        </>
      ) : null}
      {line.text}
      <SourceNote ids={line.sources} />
    </>
  );
}

/** One card company's own part of a step: its 3-D Secure page, how it checks you, the two unlock routes, contact. */
export function IssuerPartText({ part, issuer }: { part: IssuerPartKind; issuer: Issuer }) {
  const facts = issuerPartFacts(part, issuer);
  if (facts.kind === "three-d-secure") return <ThreeDSecureLink issuer={issuer} />;
  if (facts.kind === "unknown") return <Unknown />;
  return (
    <>
      {facts.lines.map((line) => (
        <FactLine key={line.key} line={line} />
      ))}
    </>
  );
}
