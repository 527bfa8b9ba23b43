import Link from "next/link";
import { SourceList } from "@/components/sources/source-list";
import { type Issuer, getCause, getCodeByKey, getService } from "@/lib/catalog";
import { CARD_PLACEHOLDER, codeHref, diagnoseStepHref, searchHref } from "@/lib/web/links";
import { UI } from "@/lib/ui-text";
import type { Candidate, DiagnosisScreen } from "@/lib/wizard";
import { AsideText } from "../common/aside-text";
import { CauseSection, causeSourceIds } from "../cause/cause-section";
import { filledSlot } from "../cause/company-slot";
import { ByIssuer, byIssuerSlot } from "./by-issuer";
import styles from "./wizard.module.css";

/** Seed 001: shops cannot see why a card failed; ask the card company (number on the back), or pay another way. */
const STILL_STUCK_SOURCE = "seed-3ds2-payment-faq";

function likelihoodLabel(c: Candidate): string {
  if (c.lowered) return UI.cause.likelihood.lowered;
  if (c.raised) return UI.cause.likelihood.raised;
  return UI.cause.likelihood[c.likelihood];
}

/** The end of the wizard: the likely causes, ranked, with the chosen card company's parts filled in. */
export function DiagnosisView({
  screen,
  issuers,
  fill = false,
}: {
  screen: DiagnosisScreen;
  issuers: readonly Issuer[] | null;
  /** The chosen company is filled in by the browser (the static export, see FILL_IN_BROWSER). */
  fill?: boolean;
}) {
  const code = screen.code ? getCodeByKey(screen.code) : undefined;
  const service = screen.service ? getService(screen.service) : undefined;
  const causes = screen.candidates.flatMap((c) => {
    const cause = getCause(c.cause);
    return cause ? [{ candidate: c, cause }] : [];
  });
  const top = causes[0];
  const company = fill ? filledSlot() : byIssuerSlot(issuers);

  return (
    <>
      <h1>{UI.wizard.diagnosisHeading}</h1>
      <div className="card">
        <p className={styles.lead}>{UI.wizard.sureness[screen.sureness]}</p>
        {top ? (
          <p>
            {UI.wizard.topCause}
            {UI.punct.colon}
            <strong>{top.cause.title}</strong>
          </p>
        ) : null}
        {code ? (
          <p>
            {UI.wizard.chosenCode}
            {UI.punct.colon}
            <span className="code-badge">{code.code}</span>
            {UI.punct.open}
            {service?.name}
            {UI.punct.close}{" "}
            {fill ? (
              <a href={codeHref(code.service, code.slug)} data-cf-href={codeHref(code.service, code.slug, CARD_PLACEHOLDER)}>
                {UI.wizard.codePageLink}
              </a>
            ) : (
              <ByIssuer
                issuers={issuers}
                render={(issuer) => <Link href={codeHref(code.service, code.slug, issuer?.id)}>{UI.wizard.codePageLink}</Link>}
              />
            )}
          </p>
        ) : null}
        {screen.issuerAsked ? (
          <p>
            {UI.wizard.chosenIssuer}
            {UI.punct.colon}
            {fill ? (
              <span data-cf-name="" data-cf-none={UI.wizard.issuerUnknown}>
                {UI.wizard.issuerChosenUnnamed}
              </span>
            ) : (
              <ByIssuer issuers={issuers} render={(issuer) => (issuer ? issuer.names.ja : UI.wizard.issuerUnknown)} />
            )}
          </p>
        ) : null}
      </div>
      {code && code.meaning !== "known" ? (
        <div className="notice">
          <strong>{code.meaning === "unknown" ? UI.code.meaningUnknown : UI.code.meaningUncertain}</strong>
          {UI.punct.colon}
          <AsideText text={code.meaningNote ?? ""} />
        </div>
      ) : null}
      {causes.map(({ candidate, cause }, i) => (
        <CauseSection
          key={cause.id}
          cause={cause}
          index={i}
          level={2}
          badge={likelihoodLabel(candidate)}
          note={candidate.note ? <AsideText text={candidate.note} /> : undefined}
          company={company}
          cite={false}
        />
      ))}
      {service && service.notes.length > 0 ? (
        <section aria-labelledby="service-notes" className="card">
          <h2 id="service-notes" className={styles.groupHeading}>
            {UI.wizard.serviceNotes(service.name)}
          </h2>
          <ul>
            {service.notes.map((n, i) => (
              <li key={i}>{n.text}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="still-stuck">
        <h2 id="still-stuck">{UI.wizard.stillStuckHeading}</h2>
        <ul>
          {UI.wizard.stillStuck.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
        <p>
          <Link href={searchHref(code?.code ?? "")} prefetch={false}>
            {UI.wizard.searchInstead}
          </Link>
          {UI.punct.spacedDot}
          <Link href={diagnoseStepHref([])} prefetch={false}>
            {UI.wizard.restart}
          </Link>
        </p>
      </section>
      {/* Every cause's sources and this page's own, once, at the end: several causes often cite the
          same page, and a phone reader meets one fold instead of one per cause. */}
      <details className="cause-sources">
        <summary>{UI.cause.sourcesHeading}</summary>
        <SourceList ids={[...causes.flatMap(({ cause }) => causeSourceIds(cause)), STILL_STUCK_SOURCE]} />
      </details>
    </>
  );
}
