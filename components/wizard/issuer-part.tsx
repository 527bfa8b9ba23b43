import type { Issuer } from "@/lib/catalog";
import type { IssuerPart as Part } from "@/lib/schema/cause";
import { UI } from "@/lib/ui-text";
import styles from "./wizard.module.css";

const P = UI.wizard.issuerPart;

/** Sources behind the card-company part of a step, so the cause's source list can include them. */
export function issuerPartSources(part: Part, issuer: Issuer | undefined): string[] {
  if (!issuer) return [];
  if (part === "three-d-secure") return issuer.threeDSecure.sources;
  if (part === "auth-method") return [...(issuer.authMethod?.sources ?? []), ...(issuer.passwordName?.sources ?? [])];
  if (part === "unlock") return issuer.unlock?.sources ?? [];
  if (part === "fraud-unlock") return issuer.fraudUnlock?.sources ?? [];
  return issuer.contact?.sources ?? [];
}

/**
 * The chosen card company's own part of a step. Where no source gives the company's fact, it says so
 * and falls back to what is always true: the phone number on the back of the card (seed 001).
 */
export function IssuerPart({ part, issuer }: { part: Part; issuer: Issuer | undefined }) {
  const name = issuer?.names.ja;
  let body: React.ReactNode = null;
  if (part === "three-d-secure") {
    body = issuer ? (
      <>
        <span className={styles.partLabel}>{P.threeDSecure(issuer.names.ja)}：</span>
        <a href={issuer.threeDSecure.url} rel="noopener noreferrer">
          {new URL(issuer.threeDSecure.url).hostname}
        </a>
        {issuer.threeDSecure.datedNote ? (
          <span className="muted">
            {" "}
            （{P.datedNote}：{issuer.threeDSecure.datedNote}）
          </span>
        ) : null}
      </>
    ) : (
      P.threeDSecureNone
    );
  } else if (part === "auth-method") {
    if (!issuer || !name) return null;
    body =
      issuer.authMethod || issuer.passwordName ? (
        <>
          {issuer.authMethod ? (
            <span>
              <span className={styles.partLabel}>{P.authMethod(name)}：</span>
              {issuer.authMethod.text}
            </span>
          ) : null}
          {issuer.passwordName ? (
            <span className={styles.partLine}>
              <span className={styles.partLabel}>{P.passwordName}：</span>
              {issuer.passwordName.text}
            </span>
          ) : null}
        </>
      ) : (
        P.authMethodUnknown(name)
      );
  } else if (part === "unlock" || part === "fraud-unlock") {
    // Two routes with the same shape: lifting a 3-D Secure lock, and lifting a stop for suspected fraud.
    const fact = part === "unlock" ? issuer?.unlock : issuer?.fraudUnlock;
    const label = part === "unlock" ? P.unlock : P.fraudUnlock;
    body =
      issuer && fact ? (
        <>
          <span className={styles.partLabel}>{label(issuer.names.ja)}：</span>
          {fact.text}
        </>
      ) : name ? (
        P.unlockUnknown(name)
      ) : (
        P.unlockNone
      );
  } else {
    body = issuer?.contact ? (
      <>
        <span className={styles.partLabel}>{P.contact(issuer.names.ja)}：</span>
        {issuer.contact.text}
      </>
    ) : (
      P.contactFallback
    );
  }
  return <span className={styles.part}>{body}</span>;
}
