import { citedSources } from "@/lib/views/cited-sources";
import { UI } from "@/lib/ui-text";
import { langOf } from "@/lib/locale";

/** The sources behind a claim, each with its confidence and the date it was last checked. */
export function SourceList({ ids }: { ids: readonly string[] }) {
  const sources = citedSources(ids);
  return (
    <ul className="list-plain">
      {sources.map((s) => (
        <li key={s.id} data-source-id={s.id}>
          <span className="pill">{UI.confidence[s.confidence]}</span>
          {s.url ? (
            <a href={s.url} rel="noopener noreferrer" {...langOf(s.title)}>
              {s.title}
            </a>
          ) : (
            <span {...langOf(s.title)}>{s.title}</span>
          )}
          <span className="muted">
            {" "}
            {UI.punct.open}
            {langOf(s.publisher).lang ? <span lang="ja">{s.publisher}</span> : s.publisher}
            {s.host ? `${UI.punct.dot}${s.host}` : ""}
            {s.published ? `${UI.punct.dot}${s.published}` : ""}
            {UI.punct.dot}
            {UI.code.lastVerified} {s.lastVerified}
            {UI.punct.close}
          </span>
          {s.caveat ? (
            <div className="muted" {...langOf(s.caveat)}>
              {s.caveat}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
