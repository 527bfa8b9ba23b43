import type { Cause } from "@/lib/catalog";
import { issuerPartFacts } from "@/lib/issuer-part-facts";
import type { CodeCause } from "@/lib/schema/code";
import type { Issuer } from "@/lib/schema/issuer";
import { UI } from "@/lib/ui-text";
import { IssuerPartText } from "../issuer/issuer-part";
import { SourceList } from "../source-list";
import { WaitTimes } from "./wait-times";

/**
 * One likely cause of a code: who can fix it, the numbered steps (with the chosen card company's own part
 * filled in), waiting periods, what not to do, its sources.
 */
export function CauseSection({
  cause,
  link,
  index,
  issuer,
}: {
  cause: Cause;
  link: CodeCause;
  index: number;
  issuer: Issuer | undefined;
}) {
  const headingId = `cause-${cause.id}`;
  // Two steps of one cause can lead to the same company fact (often the same "not known yet, call the
  // number on the card" fallback): it is shown in full once, then only pointed back to.
  const shownParts = new Set<string>();
  const repeatsAbove = cause.steps.map((step) => {
    if (!issuer || !step.issuerPart) return false;
    const key = JSON.stringify(issuerPartFacts(step.issuerPart, issuer));
    const repeat = shownParts.has(key);
    shownParts.add(key);
    return repeat;
  });
  return (
    <section aria-labelledby={headingId} className="card cause">
      <h3 id={headingId}>
        {index + 1}. {cause.title}
      </h3>
      <p>
        <span className="pill">{UI.code.likelihood[link.likelihood]}</span>
        <span className={`pill fixer-${cause.fixer}`}>{UI.code.fixer[cause.fixer]}</span>
      </p>
      <p>{cause.summary}</p>
      {link.note ? <p>{link.note}</p> : null}
      <h4>{UI.code.stepsHeading}</h4>
      <ol className="steps">
        {cause.steps.map((step, i) => (
          <li key={i}>
            {step.text}
            {step.issuerPart ? (
              issuer ? (
                <div className="issuer-part">
                  <strong>{UI.code.issuer.partFor(issuer.names.ja)}</strong>
                  {repeatsAbove[i] ? UI.code.issuer.sameAsAbove : <IssuerPartText part={step.issuerPart} issuer={issuer} />}
                </div>
              ) : (
                <div className="issuer-part muted">
                  <a href="#issuer-choice">{UI.code.issuer.pickHint}</a>
                </div>
              )
            ) : null}
          </li>
        ))}
      </ol>
      {cause.waits.length > 0 ? <WaitTimes waits={cause.waits} id={cause.id} /> : null}
      {cause.dontDo.length > 0 ? (
        <div className="notice">
          <h4>{UI.code.dontDoHeading}</h4>
          <ul>
            {cause.dontDo.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <details className="cause-sources">
        <summary>{UI.code.sourcesHeading}</summary>
        <SourceList ids={[...cause.sources, ...cause.steps.flatMap((s) => s.sources)]} />
      </details>
    </section>
  );
}
