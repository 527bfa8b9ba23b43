import type { MatchReason } from "@/lib/search/types";
import { SEARCH_TEXT } from "@/lib/ui-text/search";

/** Why a result matched, in words: 「表記「G30-42G300000」が一致」「タイトルに語句が一致」. */
export function reasonText(reason: MatchReason): string {
  const field = SEARCH_TEXT.field[reason.field];
  const what = reason.term ? `${field}「${reason.term}」` : field;
  return `${what}${SEARCH_TEXT.how[reason.how]}`;
}
