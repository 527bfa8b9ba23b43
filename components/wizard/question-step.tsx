import Link from "next/link";
import { diagnoseResultHref, diagnoseStepHref, searchHref } from "@/lib/web/links";
import { UI } from "@/lib/ui-text";
import { type AnswerOption, type QuestionScreen, ISSUER_KEY, OTHER_ISSUER, RESULT } from "@/lib/wizard";
import { ListFilter } from "../common/list-filter";
import styles from "./wizard.module.css";

/** Code lists longer than this fold into a <details> when a question lists several services. */
const FOLD_AFTER = 8;

function OptionList({
  options,
  path,
  issuer,
  filterable,
}: {
  options: readonly AnswerOption[];
  path: readonly string[];
  issuer?: boolean;
  filterable?: boolean;
}) {
  return (
    <ul className={styles.options} data-filter-list={filterable ? "" : undefined}>
      {options.map((o) => {
        const className = o.escape ? `${styles.option} ${styles.escape}` : styles.option;
        const content = (
          <>
            {o.label}
            {o.hint ? <span className={styles.optionHint}>{o.hint}</span> : null}
          </>
        );
        return (
          <li key={o.id} data-names={filterable ? o.label.toLowerCase() : undefined}>
            {issuer ? (
              // A plain link, so the browser loads the result page and its :target rules see the fragment.
              <a href={diagnoseResultHref([...path, RESULT], o.id === OTHER_ISSUER ? undefined : o.id)} className={className}>
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

/** The card-company question: the likely companies first, then the rest with a filter, then 「わからない」. */
function IssuerOptions({ options, path }: { options: readonly AnswerOption[]; path: readonly string[] }) {
  const likely = options.filter((o) => o.likely);
  const rest = options.filter((o) => !o.likely && !o.escape);
  const escapes = options.filter((o) => o.escape);
  return (
    <div data-filter-scope="">
      <OptionList options={likely} path={path} issuer filterable />
      <h2 className={styles.groupHeading}>{UI.wizard.moreIssuers}</h2>
      <ListFilter label={UI.code.issuer.filterLabel} noMatch={UI.code.issuer.noMatch} />
      <OptionList options={rest} path={path} issuer filterable />
      <OptionList options={escapes} path={path} issuer />
    </div>
  );
}

/**
 * A code question: 「コードは出ていない」 and 「この中にないコードが出ている」 first (a long list must not hide
 * them), then the codes by service, with a filter.
 */
function CodeOptions({ screen, path }: { screen: QuestionScreen; path: readonly string[] }) {
  return (
    <>
      <OptionList options={screen.options} path={path} />
      <div data-filter-scope="">
        <ListFilter label={UI.wizard.codeFilterLabel} noMatch={UI.wizard.codeNoMatch} />
        {screen.codeGroups.map((group) =>
          // Several services with long lists (web shops): each long list folds, so the page stays short.
          screen.codeGroups.length > 1 && group.options.length > FOLD_AFTER ? (
            <details key={group.service.id} className={styles.group}>
              <summary className={styles.groupHeading}>{UI.wizard.codesOfCount(group.service.name, group.options.length)}</summary>
              <OptionList options={group.options} path={path} filterable />
            </details>
          ) : (
            <section key={group.service.id} aria-labelledby={`codes-${group.service.id}`}>
              <h2 id={`codes-${group.service.id}`} className={styles.groupHeading}>
                {UI.wizard.codesOf(group.service.name)}
              </h2>
              <OptionList options={group.options} path={path} filterable />
            </section>
          ),
        )}
      </div>
      <p>
        <Link href={searchHref("")} prefetch={false}>
          {UI.wizard.searchInstead}
        </Link>
      </p>
    </>
  );
}

/** One question on its own screen; every answer is a plain link to the next step's URL. */
export function QuestionStep({ screen, path }: { screen: QuestionScreen; path: readonly string[] }) {
  const pickCode = screen.key.startsWith("node:") && screen.codeGroups.length > 0;
  return (
    <>
      <h1>{screen.question}</h1>
      {screen.hint ? <p className={styles.hint}>{screen.hint}</p> : null}
      {pickCode ? (
        <CodeOptions screen={screen} path={path} />
      ) : screen.key === ISSUER_KEY ? (
        <IssuerOptions options={screen.options} path={path} />
      ) : (
        <OptionList options={screen.options} path={path} />
      )}
    </>
  );
}
