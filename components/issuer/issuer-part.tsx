import type { ReactNode } from "react";
import { type IssuerFactLine, issuerPartFacts, lineSources, telHref } from "@/lib/issuers/part-facts";
import type { IssuerPart as IssuerPartKind } from "@/lib/catalog/schema/cause";
import type { Issuer } from "@/lib/catalog/schema/issuer";
import { UI } from "@/lib/ui-text";
import { OutLink } from "../common/out-link";
import { SourceNote } from "../sources/source-note";

/** Seed 001: when in doubt, call the number on the back of the card. */
const CARD_BACK_SOURCE = "seed-3ds2-payment-faq";

/** The 3-D Secure page link (by the page's own title when known), with its dated note. */
export function ThreeDSecureLink({ issuer }: { issuer: Issuer }) {
  const t = issuer.threeDSecure;
  return (
    <>
      <OutLink href={t.url}>{t.title ?? UI.company.threeDSecureLink(issuer.names.ja)}</OutLink>
      {t.datedNote ? <span className="dated-note">{t.datedNote}</span> : null}
    </>
  );
}

/** The company's phone lines: desk name, what the line is for, the number as a tel: link, its hours. */
function Phones({ line }: { line: IssuerFactLine }) {
  if (!line.phones) return null;
  return (
    <ul className="phones">
      {line.phones.map((p) => (
        <li key={`${p.purpose}-${p.number}`}>
          {p.label}
          {UI.punct.open}
          {UI.company.phonePurpose[p.purpose]}
          {UI.punct.close}
          {UI.punct.colon}
          <a href={telHref(p.number)}>{p.number}</a>
          {p.hours ? <span className="muted">　{p.hours}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** One sourced fact: its sentence, what differs by card line, and the pages and numbers that go with it. */
export function FactText({ line, name, labelled = true }: { line: IssuerFactLine; name: string; labelled?: boolean }) {
  return (
    <div className="fact">
      {/* Only the password's name gets a label in a step: the other facts read as sentences. */}
      {labelled && line.key === "passwordName" ? (
        <span className="fact-label">
          {UI.company.topic.passwordName}
          {UI.punct.colon}
        </span>
      ) : null}
      {line.text}
      {line.changedOn ? UI.company.changedOn(line.changedOn) : null}
      {line.variants.length > 0 ? (
        <ul className="variants">
          {line.variants.map((v) => (
            <li key={v.applies}>
              {UI.company.variant(v.applies)}
              {UI.punct.colon}
              {v.text}
            </li>
          ))}
        </ul>
      ) : null}
      {line.resetUrl ? (
        <span className="fact-link">
          <OutLink href={line.resetUrl}>{UI.company.resetLink}</OutLink>
        </span>
      ) : null}
      {line.page ? (
        <span className="fact-link">
          <OutLink href={line.page}>{UI.company.contactPage(name)}</OutLink>
        </span>
      ) : null}
      <Phones line={line} />
    </div>
  );
}

/**
 * The official way to reach the company when a fact is unknown: its contact page and phone lines when we
 * have them, otherwise the number on the card and the company's own 3-D Secure page. Returns the sources
 * it rests on, so the box cites them once.
 */
function officialRoute(issuer: Issuer, siteShown: boolean, contactShown: boolean): { node: ReactNode; sources: string[] } {
  const name = issuer.names.ja;
  // Where the same box already lists the company's contact, the route points up to it instead of repeating it.
  if (issuer.contact && contactShown) return { node: UI.company.routeContactAbove, sources: [] };
  if (issuer.contact) {
    const contact = { key: "contact", text: issuer.contact.text, sources: issuer.contact.sources, variants: [] } as const;
    const line: IssuerFactLine = { ...contact, page: issuer.contact.page, phones: issuer.contact.phones };
    return {
      node: (
        <>
          {UI.company.routeContact(name)}
          <FactText line={line} name={name} />
        </>
      ),
      sources: lineSources(line),
    };
  }
  // Where the box already shows the 3-D Secure page, the route points up to it instead of repeating it.
  if (siteShown) return { node: UI.company.routeSiteAbove, sources: [CARD_BACK_SOURCE] };
  return {
    node: (
      <>
        {UI.company.routeSite(name)}
        <span className="fact-link">
          <ThreeDSecureLink issuer={issuer} />
        </span>
      </>
    ),
    sources: [CARD_BACK_SOURCE, ...issuer.threeDSecure.sources],
  };
}

/**
 * Facts no source gives yet, said once with the official way in (never once per fact). `siteShown` and
 * `contactShown` when the same box already links the company's 3-D Secure page or lists its contact.
 */
export function UnknownFacts({
  issuer,
  topics,
  siteShown = false,
  contactShown = false,
}: {
  issuer: Issuer;
  topics: readonly string[];
  siteShown?: boolean;
  contactShown?: boolean;
}) {
  const route = officialRoute(issuer, siteShown, contactShown);
  return (
    <>
      <div className="fact">
        {UI.company.unknown(topics.join(UI.punct.dot))}
        {route.node}
      </div>
      <SourceNote ids={route.sources} />
    </>
  );
}

// Keys, not words: UI is read when a page renders, in its language.
const PART_TOPIC = {
  "auth-method": "authMethod",
  unlock: "unlock",
  "fraud-unlock": "fraudUnlock",
  contact: "contact",
} as const satisfies Record<Exclude<IssuerPartKind, "three-d-secure">, keyof typeof UI.company.topic>;

/**
 * One card company's own part of a step, as a box: its 3-D Secure page, how it checks you, the two unlock
 * routes, whom to call. The one renderer for code pages, cause pages and the wizard. With no company
 * (the wizard's 「わからない」), what is always true, or nothing where nothing general can be said.
 */
export function IssuerPart({ part, issuer, cite = true }: { part: IssuerPartKind; issuer: Issuer | undefined; cite?: boolean }) {
  if (!issuer) {
    const general = part === "auth-method" ? undefined : UI.company.general[part];
    return general ? <div className="issuer-part">{general}</div> : null;
  }
  const name = issuer.names.ja;
  const facts = issuerPartFacts(part, issuer);
  let body: ReactNode;
  let sources: readonly string[] = [];
  if (facts.kind === "three-d-secure") {
    body = <ThreeDSecureLink issuer={issuer} />;
    sources = facts.sources;
  } else if (facts.kind === "facts") {
    body = facts.lines.map((line) => <FactText key={line.key} line={line} name={name} />);
    sources = facts.lines.flatMap(lineSources);
  } else {
    body = <UnknownFacts issuer={issuer} topics={[UI.company.topic[PART_TOPIC[part as Exclude<IssuerPartKind, "three-d-secure">]]]} />;
  }
  return (
    <div className="issuer-part" data-company-box="">
      <strong className="issuer-part-name">
        {UI.company.partFor(name)}
        {UI.punct.colon}
      </strong>
      {body}
      {cite ? <SourceNote ids={sources} /> : null}
    </div>
  );
}
