import type { Cause } from "@/lib/catalog";
import type { CodeCause } from "@/lib/schema/code";
import { UI } from "@/lib/ui-text";
import { SourceList } from "../source-list";

/** One likely cause of a code: who can fix it, the numbered steps, what not to do, its sources. */
export function CauseSection({ cause, link, index }: { cause: Cause; link: CodeCause; index: number }) {
  const headingId = `cause-${cause.id}`;
  return (
    <section aria-labelledby={headingId} className="card">
      <h3 id={headingId}>
        {index + 1}. {cause.title}
      </h3>
      <p>
        <span className="pill">{UI.code.likelihood[link.likelihood]}</span>
        <span className="pill">{UI.code.fixer[cause.fixer]}</span>
      </p>
      <p>{cause.summary}</p>
      {link.note ? <p>{link.note}</p> : null}
      <h4>{UI.code.stepsHeading}</h4>
      <ol>
        {cause.steps.map((step, i) => (
          <li key={i}>{step.text}</li>
        ))}
      </ol>
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
      <details>
        <summary>{UI.code.sourcesHeading}</summary>
        <SourceList ids={[...cause.sources, ...cause.steps.flatMap((s) => s.sources)]} />
      </details>
    </section>
  );
}
