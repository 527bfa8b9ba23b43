import Link from "next/link";
import { SourceList } from "@/components/source-list";
import { type Issuer, getCause, getCodeByKey, getService } from "@/lib/catalog";
import { issuerPartSources } from "@/lib/issuer-part-facts";
import { codeHref, diagnoseStepHref, searchHref } from "@/lib/links";
import { UI } from "@/lib/ui-text";
import type { Candidate, DiagnosisScreen } from "@/lib/wizard/engine";
import { ByIssuer } from "./by-issuer";
import { IssuerPart } from "./issuer-part";
import styles from "./wizard.module.css";

const T = UI.wizard;
/** Seed 001: shops cannot see why a card failed; ask the card company (number on the back), or pay another way. */
const STILL_STUCK_SOURCE = "seed-3ds2-payment-faq";

function likelihoodLabel(c: Candidate): string {
  if (c.lowered) return T.likelihood.lowered;
  if (c.raised) return T.likelihood.raised;
  return T.likelihood[c.likelihood];
}

/** The end of the wizard: the likely causes, ranked, with the chosen card company's parts filled in. */
export function DiagnosisView({ screen, issuers }: { screen: DiagnosisScreen; issuers: readonly Issuer[] | null }) {
  const code = screen.code ? getCodeByKey(screen.code) : undefined;
  const service = screen.service ? getService(screen.service) : undefined;
  const causes = screen.candidates.flatMap((c) => {
    const cause = getCause(c.cause);
    return cause ? [{ candidate: c, cause }] : [];
  });
  const top = causes[0];

  return (
    <>
      <h1>{T.diagnosisHeading}</h1>
      <div className="card">
        <p className={styles.lead}>{T.sureness[screen.sureness]}</p>
        {top ? (
          <p>
            {T.topCause}：<strong>{top.cause.title}</strong>
          </p>
        ) : null}
        {code ? (
          <p>
            {T.chosenCode}：<span className="code-badge">{code.code}</span>（{service?.name}）{" "}
            <ByIssuer
              issuers={issuers}
              render={(issuer) => <Link href={codeHref(code.service, code.slug, issuer?.id)}>{T.codePageLink}</Link>}
            />
          </p>
        ) : null}
        {screen.issuerAsked ? (
          <p>
            {T.chosenIssuer}：<ByIssuer issuers={issuers} render={(issuer) => (issuer ? issuer.names.ja : T.issuerUnknown)} />
          </p>
        ) : null}
      </div>
      {code && code.meaning !== "known" ? (
        <p className="notice">
          <strong>{code.meaning === "unknown" ? T.meaningUnknown : T.meaningUncertain}</strong>：{code.meaningNote}
        </p>
      ) : null}
      {causes.map(({ candidate, cause }, i) => {
        const headingId = `cause-${cause.id}`;
        const partSources = (issuer?: Issuer) =>
          cause.steps.flatMap((s) => (s.issuerPart ? issuerPartSources(s.issuerPart, issuer) : []));
        return (
          <section key={cause.id} aria-labelledby={headingId} className="card">
            <h2 id={headingId}>
              {i + 1}. {cause.title}
            </h2>
            <p>
              <span className="pill">{likelihoodLabel(candidate)}</span>
              <span className="pill">{T.fixer[cause.fixer]}</span>
            </p>
            <p>{cause.summary}</p>
            {candidate.note ? <p>{candidate.note}</p> : null}
            <h3>{T.stepsHeading}</h3>
            <ol className={styles.steps}>
              {cause.steps.map((step, j) => (
                <li key={j}>
                  {step.text}
                  {step.issuerPart ? (
                    <ByIssuer issuers={issuers} render={(issuer) => <IssuerPart part={step.issuerPart!} issuer={issuer} />} />
                  ) : null}
                </li>
              ))}
            </ol>
            {cause.waits.length > 0 ? (
              <>
                <h3>{T.waitHeading}</h3>
                <ul>
                  {cause.waits.map((w, j) => (
                    <li key={j}>
                      {T.waitHours(w.hours, w.from)}
                      {w.note ? `（${w.note}）` : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {cause.dontDo.length > 0 ? (
              <div className="notice">
                <h3>{T.dontDoHeading}</h3>
                <ul>
                  {cause.dontDo.map((text, j) => (
                    <li key={j}>{text}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            <details>
              <summary>{T.sourcesHeading}</summary>
              <SourceList ids={[...cause.sources, ...cause.steps.flatMap((s) => s.sources)]} />
              <ByIssuer
                issuers={issuers}
                render={(issuer) => (partSources(issuer).length > 0 ? <SourceList ids={partSources(issuer)} /> : null)}
              />
            </details>
          </section>
        );
      })}
      {service && service.notes.length > 0 ? (
        <section aria-labelledby="service-notes" className="card">
          <h2 id="service-notes" className={styles.groupHeading}>
            {T.serviceNotes(service.name)}
          </h2>
          <ul>
            {service.notes.map((n, i) => (
              <li key={i}>{n.text}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="still-stuck">
        <h2 id="still-stuck">{T.stillStuckHeading}</h2>
        <ul>
          {T.stillStuck.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
        <details>
          <summary>{T.sourcesHeading}</summary>
          <SourceList ids={[STILL_STUCK_SOURCE]} />
        </details>
        <p>
          <Link href={searchHref(code?.code ?? "")} prefetch={false}>
            {T.searchInstead}
          </Link>
          {" ・ "}
          <Link href={diagnoseStepHref([])} prefetch={false}>
            {T.restart}
          </Link>
        </p>
      </section>
    </>
  );
}
