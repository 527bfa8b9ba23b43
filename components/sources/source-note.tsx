import { citedSources } from "@/lib/views/cited-sources";
import { UI } from "@/lib/ui-text";
import { langOf } from "@/lib/locale";

/**
 * A short inline citation for one fact: title (linked), its domain, confidence and last-verified date.
 * The domain is shown because a reader should know where a link leads before tapping it.
 */
export function SourceNote({ ids }: { ids: readonly string[] }) {
  const sources = citedSources(ids);
  if (sources.length === 0) return null;
  return (
    <small className="source-note">
      {UI.code.sourceLabel}
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? UI.punct.listSep : ""}
          {s.url ? (
            <a href={s.url} rel="noopener noreferrer" {...langOf(s.title)}>
              {s.title}
            </a>
          ) : langOf(s.title).lang ? (
            <span lang="ja">{s.title}</span>
          ) : (
            s.title
          )}
          {UI.punct.open}
          {s.host ? `${s.host}${UI.punct.dot}` : ""}
          {UI.confidence[s.confidence]}
          {UI.punct.dot}
          {UI.code.lastVerified} {s.lastVerified}
          {UI.punct.close}
        </span>
      ))}
    </small>
  );
}
