import Link from "next/link";
import { diagnoseStepHref, searchHref } from "@/lib/links";
import { UI } from "@/lib/ui-text";
import { type AnswerOption, type QuestionScreen, ISSUER_KEY, OTHER_ISSUER, RESULT, issuerFragment } from "@/lib/wizard/engine";
import styles from "./wizard.module.css";

const T = UI.wizard;

function OptionList({ options, path, issuer }: { options: readonly AnswerOption[]; path: readonly string[]; issuer?: boolean }) {
  return (
    <ul className={styles.options}>
      {options.map((o) => {
        const className = o.escape ? `${styles.option} ${styles.escape}` : styles.option;
        const content = (
          <>
            {o.label}
            {o.hint ? <span className={styles.optionHint}>{o.hint}</span> : null}
          </>
        );
        return (
          <li key={o.id}>
            {issuer ? (
              // A plain link, so the browser loads the result page and its :target rules see the fragment.
              <a href={`${diagnoseStepHref([...path, RESULT])}${o.id === OTHER_ISSUER ? "" : `#${issuerFragment(o.id)}`}`} className={className}>
                {content}
              </a>
            ) : (
              <Link href={diagnoseStepHref([...path, o.id])} prefetch={false} className={className}>
                {content}
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** One question on its own screen; every answer is a plain link to the next step's URL. */
export function QuestionStep({ screen, path }: { screen: QuestionScreen; path: readonly string[] }) {
  const pickCode = screen.key.startsWith("node:") && screen.codeGroups.length > 0;
  return (
    <>
      <h1>{screen.question}</h1>
      {screen.hint ? <p className={styles.hint}>{screen.hint}</p> : null}
      {screen.codeGroups.map((group) => (
        <section key={group.service.id} aria-labelledby={`codes-${group.service.id}`}>
          <h2 id={`codes-${group.service.id}`} className={styles.groupHeading}>
            {T.codesOf(group.service.name)}
          </h2>
          <OptionList options={group.options} path={path} />
        </section>
      ))}
      {pickCode ? (
        <h2 id="other-answers" className={styles.groupHeading}>
          {T.otherAnswers}
        </h2>
      ) : null}
      <OptionList options={screen.options} path={path} issuer={screen.key === ISSUER_KEY} />
      {pickCode ? (
        <p>
          <Link href={searchHref("")} prefetch={false}>
            {T.searchInstead}
          </Link>
        </p>
      ) : null}
    </>
  );
}
