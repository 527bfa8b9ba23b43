import Link from "next/link";
import type { ReactNode } from "react";
import type { Cause } from "@/lib/catalog";
import { causeUsesIssuer } from "@/lib/views/code";
import { CARD_PLACEHOLDER, causeHref } from "@/lib/web/links";
import { UI } from "@/lib/ui-text";
import { AsideText } from "../common/aside-text";
import { Heading, type HeadingLevel, below } from "../common/heading";
import { SourceList } from "../sources/source-list";
import { type CompanySlot, oneCompany } from "./company-slot";
import { StepList } from "./step-list";
import { WaitTimes } from "./wait-times";

/** The sources behind a cause: its own and its steps'. */
export const causeSourceIds = (cause: Cause): string[] => [...cause.sources, ...cause.steps.flatMap((s) => s.sources)];

/**
 * What to do about one cause: the numbered steps (with the chosen card company's part), waiting periods,
 * what not to do, its sources. The cause page shows it under its own title; CauseSection adds the title.
 * `level` is the level of the sub-headings (手順, 待つ時間, してはいけないこと).
 */
export function CauseBody({
  cause,
  level,
  company = oneCompany(),
  pickHref,
  cite = true,
}: {
  cause: Cause;
  level: HeadingLevel;
  company?: CompanySlot;
  pickHref?: string;
  /** False where the page lists every cause's sources once (the wizard's result: causeSourceIds). */
  cite?: boolean;
}) {
  const t = UI.cause;
  return (
    <>
      <Heading level={level}>{t.stepsHeading}</Heading>
      <StepList steps={cause.steps} company={company} pickHref={pickHref} />
      {cause.waits.length > 0 ? <WaitTimes waits={cause.waits} id={cause.id} level={level} /> : null}
      {cause.dontDo.length > 0 ? (
        <div className="notice">
          <Heading level={level}>{t.dontDoHeading}</Heading>
          <ul>
            {cause.dontDo.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {cite ? (
        <details className="cause-sources">
          <summary>{t.sourcesHeading}</summary>
          <SourceList ids={causeSourceIds(cause)} />
        </details>
      ) : null}
    </>
  );
}

/**
 * One likely cause of a code (code pages, the wizard's diagnosis): numbered title at `level`, how likely
 * it is (`badge`), who can fix it, what happened, why it fits (`note`), then CauseBody and a link to the
 * cause's own page.
 */
export function CauseSection({
  cause,
  index,
  level,
  badge,
  note,
  company = oneCompany(),
  pickHref,
  cite = true,
}: {
  cause: Cause;
  index: number;
  level: HeadingLevel;
  badge: string;
  note?: ReactNode;
  company?: CompanySlot;
  pickHref?: string;
  cite?: boolean;
}) {
  const headingId = `cause-${cause.id}`;
  const perIssuer = causeUsesIssuer(cause);
  return (
    <section aria-labelledby={headingId} className="card cause">
      <Heading level={level} id={headingId}>
        {index + 1}. {cause.title}
      </Heading>
      <p>
        <span className="pill">{badge}</span>
        <span className={`pill fixer-${cause.fixer}`}>{UI.cause.fixer[cause.fixer]}</span>
      </p>
      <div className="cause-summary">
        <AsideText text={cause.summary} />
      </div>
      {note ? <div className="cause-note">{note}</div> : null}
      <CauseBody cause={cause} level={below(level)} company={company} pickHref={pickHref} cite={cite} />
      <div className="cause-link">
        {company.fill && perIssuer ? (
          // A plain link: the browser rewrites its address for the chosen company, which a Link would not follow.
          <a href={causeHref(cause.id)} data-cf-href={causeHref(cause.id, CARD_PLACEHOLDER)}>
            {UI.cause.causePageLink(cause.title)}
          </a>
        ) : (
          company((issuer) => (
            <Link href={causeHref(cause.id, perIssuer ? issuer?.id : undefined)} prefetch={false}>
              {UI.cause.causePageLink(cause.title)}
            </Link>
          ))
        )}
      </div>
    </section>
  );
}
