import type { Cause } from "@/lib/catalog";
import type { Issuer } from "@/lib/catalog/schema/issuer";
import { issuerPartSources } from "@/lib/issuers/part-facts";
import { UI } from "@/lib/ui-text";
import { SourceList } from "../sources/source-list";
import { type CompanySlot, oneCompany } from "./company-slot";
import { StepList } from "./step-list";
import { WaitCalculator } from "./wait-calculator";
import { waitWords } from "./wait-times";

/** At most this many of the top cause's steps: what to do now, not the whole procedure. */
const ACTIONS = 3;
/** Seed 001: shops cannot see why a card failed; another card or another way to pay gets it done. */
const HURRY_SOURCE = "seed-3ds2-payment-faq";

/**
 * 「まず、これを」, right under a code page's title: the first actions for the most likely cause (with the
 * chosen company's part), what not to do, when to try again, and the quickest way out. Built from the
 * catalog only (the cause's steps, dontDo and waits; the service's rule that decides most cases, such as
 * nanaco's Seven Card rule), never written per page.
 */
export function AnswerBox({
  id,
  cause,
  rule,
  company = oneCompany(),
  pickHref,
  moreHref,
}: {
  id: string;
  cause: Cause;
  /** A fact of the service that decides most cases, in one sentence, with its sources. */
  rule?: { text: string; sources: readonly string[] };
  company?: CompanySlot;
  pickHref?: string;
  moreHref: string;
}) {
  const t = UI.cause.answer;
  const steps = cause.steps.slice(0, ACTIONS);
  // The way out is said here unless one of the shown steps already says it.
  const saysWayOut = steps.some((s) => s.text.includes("別のカード"));
  const ids = (issuer: Issuer | undefined) => [
    ...(rule?.sources ?? []),
    ...steps.flatMap((s) => s.sources),
    ...cause.sources,
    ...(saysWayOut ? [] : [HURRY_SOURCE]),
    ...steps.flatMap((s) => (s.issuerPart ? issuerPartSources(s.issuerPart, issuer) : [])),
  ];
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="answer-box">
      <h2 id={`${id}-heading`}>{t.heading}</h2>
      <p className="answer-cause">
        {t.cause}
        {UI.punct.colon}
        <strong>{cause.title}</strong>
        <span className={`pill fixer-${cause.fixer}`}>{UI.cause.fixer[cause.fixer]}</span>
      </p>
      {rule ? <p className="answer-rule">{rule.text}</p> : null}
      <StepList steps={steps} company={company} pickHref={pickHref} citeParts={false} />
      {cause.dontDo[0] ? (
        <p className="answer-line">
          <strong>
            {t.dontDo}
            {UI.punct.colon}
          </strong>
          {cause.dontDo[0]}
        </p>
      ) : null}
      {cause.waits.length > 0 ? (
        <ul className="list-plain waits answer-line">
          {cause.waits.map((w, i) => (
            <li key={i}>
              <strong>
                {t.retry}
                {UI.punct.colon}
              </strong>
              {waitWords(w)}
              <WaitCalculator id={`${id}-wait-${i}`} from={w.from} hours={w.hours} atHour={w.atHour} />
            </li>
          ))}
        </ul>
      ) : null}
      {saysWayOut ? null : (
        <p className="answer-line">
          <strong>
            {t.hurry}
            {UI.punct.colon}
          </strong>
          {t.hurryText}
        </p>
      )}
      <p className="answer-more">
        <a href={moreHref}>{t.more}</a>
      </p>
      {/* Everything the box says, the company parts included, is cited together at its end, so the first
          action stays on the first screen. */}
      <details className="cause-sources">
        <summary>{UI.cause.sourcesHeading}</summary>
        {company.fill ? (
          <div data-cf-sources={[...new Set(steps.flatMap((s) => s.issuerPart ?? []))].join(" ")}>
            <SourceList ids={ids(undefined)} />
          </div>
        ) : (
          company((issuer) => <SourceList ids={ids(issuer)} />)
        )}
      </details>
    </section>
  );
}
