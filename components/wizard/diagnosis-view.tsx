import Link from "next/link";
import { SourceList } from "@/components/sources/source-list";
import { type Issuer, getCause, getCodeByKey, getService } from "@/lib/catalog";
import { CARD_PLACEHOLDER, codeHref, diagnoseStepHref, searchHref } from "@/lib/web/links";
import { UI } from "@/lib/ui-text";
import type { Candidate, DiagnosisScreen } from "@/lib/wizard";
import { AsideText } from "../common/aside-text";
import { CauseSection } from "../cause/cause-section";
import { filledSlot } from "../cause/company-slot";
import { ByIssuer, byIssuerSlot } from "./by-issuer";
import styles from "./wizard.module.css";

const T = UI.wizard;
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
            {fill ? (
              <a href={codeHref(code.service, code.slug)} data-cf-href={codeHref(code.service, code.slug, CARD_PLACEHOLDER)}>
                {T.codePageLink}
              </a>
            ) : (
              <ByIssuer
                issuers={issuers}
                render={(issuer) => <Link href={codeHref(code.service, code.slug, issuer?.id)}>{T.codePageLink}</Link>}
              />
            )}
          </p>
        ) : null}
        {screen.issuerAsked ? (
          <p>
            {T.chosenIssuer}：
            {fill ? (
              <span data-cf-name="" data-cf-none={T.issuerUnknown}>
                {T.issuerChosenUnnamed}
              </span>
            ) : (
              <ByIssuer issuers={issuers} render={(issuer) => (issuer ? issuer.names.ja : T.issuerUnknown)} />
            )}
          </p>
        ) : null}
      </div>
      {code && code.meaning !== "known" ? (
        <div className="notice">
          <strong>{code.meaning === "unknown" ? UI.code.meaningUnknown : UI.code.meaningUncertain}</strong>：
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
        />
      ))}
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
          <summary>{UI.cause.sourcesHeading}</summary>
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
