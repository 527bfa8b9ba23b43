import type { MatchReason } from "@/lib/search/types";
import type { UiText } from "@/lib/ui-text/locales";

/**
 * Why a result matched, in plain words, or "" when the result's own lines already say it (a symptom
 * found in a cause's title or description). Never a protocol's field name, never "corrected" for a code
 * that only starts like the query or has the same shape; for a name's kana reading, the name itself.
 */
// The words come from the caller (UI on the server, useSearchText in the header's box), so the box's
// island does not ship every interface word.
export function reasonText(reason: MatchReason, R: UiText["search"]["reason"]): string {
  const { how, field, term } = reason;
  if (how === "similar") return R.similar;
  if (how === "fuzzy") return R.close;
  if (reason.reading && term) return R.reading(term);
  if (how === "start") return R.start(term);
  if (how === "exact") {
    if (field === "alias") return R.same.alias(term);
    if (field === "name" || field === "keyword") return R.same.name(term);
    return R.same.code(term);
  }
  // Words of the query inside a short term (a name, a wording); a long one is on screen already.
  return term && (field === "name" || field === "alias" || field === "keyword") ? R.contains(term) : "";
}
