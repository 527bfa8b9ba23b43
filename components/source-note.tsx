import { getSource } from "@/lib/catalog";
import { UI } from "@/lib/ui-text";
import { urlHost } from "@/lib/url-host";

/**
 * A short inline citation for one fact: title (linked), its domain, confidence and last-verified date.
 * The domain is shown because a reader should know where a link leads before tapping it.
 */
export function SourceNote({ ids }: { ids: readonly string[] }) {
  const sources = [...new Set(ids)]
    .map((id) => getSource(id))
    .filter((s) => s !== undefined)
    .map((s) => ({ ...s, host: urlHost(s.url) }));
  if (sources.length === 0) return null;
  return (
    <small className="source-note">
      {UI.code.sourceLabel}
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? "、" : ""}
          {s.url ? (
            <a href={s.url} rel="noopener noreferrer">
              {s.title}
            </a>
          ) : (
            s.title
          )}
          （{s.host ? `${s.host}・` : ""}
          {UI.confidence[s.confidence]}・{UI.code.lastVerified} {s.lastVerified}）
        </span>
      ))}
    </small>
  );
}
