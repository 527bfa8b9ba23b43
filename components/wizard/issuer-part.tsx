import { Fragment } from "react";
import type { Issuer } from "@/lib/catalog";
import { type IssuerFactKey, issuerPartFacts } from "@/lib/issuer-part-facts";
import type { IssuerPart as Part } from "@/lib/schema/cause";
import { UI } from "@/lib/ui-text";
import { urlHost } from "@/lib/url-host";
import styles from "./wizard.module.css";

const P = UI.wizard.issuerPart;

/** Each sourced fact's label here; the password's name reads as its own line under the way of checking. */
const LABEL: Record<IssuerFactKey, (name: string) => string> = {
  authMethod: P.authMethod,
  passwordName: () => P.passwordName,
  unlock: P.unlock,
  fraudUnlock: P.fraudUnlock,
  contact: P.contact,
};

/** What is said when no source gives the company's fact, or no company was chosen (`name` undefined). */
function fallback(part: Part, name: string | undefined): React.ReactNode {
  if (part === "three-d-secure") return P.threeDSecureNone;
  if (part === "auth-method") return name ? P.authMethodUnknown(name) : null;
  if (part === "contact") return P.contactFallback;
  return name ? P.unlockUnknown(name) : P.unlockNone;
}

/**
 * The chosen card company's own part of a step. Where no source gives the company's fact, it says so
 * and falls back to what is always true: the phone number on the back of the card (seed 001).
 */
export function IssuerPart({ part, issuer }: { part: Part; issuer: Issuer | undefined }) {
  const facts = issuer ? issuerPartFacts(part, issuer) : ({ kind: "unknown" } as const);
  const name = issuer?.names.ja;
  // With no company chosen there is nothing to say about how it checks you.
  if (part === "auth-method" && !name) return null;
  let body: React.ReactNode;
  if (facts.kind === "three-d-secure" && name) {
    body = (
      <>
        <span className={styles.partLabel}>{P.threeDSecure(name)}：</span>
        <a href={facts.url} rel="noopener noreferrer">
          {/* The host names the link; a URL with none (the validator stops those) still gets a name. */}
          {urlHost(facts.url) ?? facts.url}
        </a>
        {facts.datedNote ? (
          <span className="muted">
            {" "}
            （{P.datedNote}：{facts.datedNote}）
          </span>
        ) : null}
      </>
    );
  } else if (facts.kind === "facts" && name) {
    body = facts.lines.map((line) => {
      const text = (
        <>
          <span className={styles.partLabel}>{LABEL[line.key](name)}：</span>
          {line.text}
        </>
      );
      // The password's name gets its own line under the way of checking.
      return line.key === "passwordName" ? (
        <span key={line.key} className={styles.partLine}>
          {text}
        </span>
      ) : (
        <Fragment key={line.key}>{text}</Fragment>
      );
    });
  } else {
    body = fallback(part, name);
  }
  return <span className={styles.part}>{body}</span>;
}
