import Link from "next/link";
import { diagnoseStepHref } from "@/lib/web/links";
import { UI } from "@/lib/ui-text";
import type { Issuer } from "@/lib/catalog";
import { type AnsweredStep, ISSUER_KEY } from "@/lib/wizard";
import { ByIssuer } from "./by-issuer";
import styles from "./wizard.module.css";

/** Progress above the question: which question this is, and whether it is the last. */
export function WizardProgress({ answered, remaining }: { answered: number; remaining: number }) {
  const done = remaining === 0;
  return (
    <div className={styles.progress}>
      <span>{done ? UI.wizard.progressDone : UI.wizard.progress(answered + 1, remaining === 1)}</span>
    </div>
  );
}

/** The answers so far, each with a link back to its question so it can be changed. */
export function AnswersSoFar({
  steps,
  issuers,
  otherIssuerLabel,
  fill = false,
}: {
  steps: readonly AnsweredStep[];
  issuers: readonly Issuer[];
  otherIssuerLabel: string;
  /** The chosen company's name is filled in by the browser (see DiagnosisView). */
  fill?: boolean;
}) {
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby="answers-so-far" className={`card ${styles.answers}`}>
      <h2 id="answers-so-far">{UI.wizard.answersHeading}</h2>
      <dl>
        {steps.map((step) => (
          <div key={step.screen.key}>
            <dt>{step.screen.title}</dt>
            <dd>
              <span>
                {step.screen.key === ISSUER_KEY ? (
                  fill ? (
                    <span data-cf-name="" data-cf-none={otherIssuerLabel}>
                      {UI.wizard.issuerChosenUnnamed}
                    </span>
                  ) : (
                    <ByIssuer issuers={issuers} render={(issuer) => (issuer ? issuer.names.ja : otherIssuerLabel)} />
                  )
                ) : (
                  step.answer.label
                )}
              </span>
              <Link href={diagnoseStepHref(step.path)} prefetch={false}>
                {UI.wizard.change}
                <span className={styles.srOnly}>
                  {UI.punct.open}
                  {step.screen.title}
                  {UI.punct.close}
                </span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Back to the previous question and restart, as plain links (they work without JavaScript). */
export function WizardLinks({ path }: { path: readonly string[] }) {
  return (
    <nav aria-label={UI.wizard.title} className={styles.nav}>
      {path.length > 0 ? (
        <Link href={diagnoseStepHref(path.slice(0, -1))} prefetch={false}>
          {UI.wizard.back}
        </Link>
      ) : null}
      {path.length > 0 ? (
        <Link href={diagnoseStepHref([])} prefetch={false}>
          {UI.wizard.restart}
        </Link>
      ) : null}
    </nav>
  );
}
