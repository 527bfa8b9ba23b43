import type { MatchReason } from "@/lib/search/types";
import { SEARCH_TEXT } from "@/lib/ui-text/search";

/**
 * Why a result matched, in words: 「表記「G30-42G300000」が一致」「タイトルに語句が一致」, and for a name's
 * kana reading 「名前「nanaco」の読み方が一致」 (the name, never the machine-made reading).
 */
export function reasonText(reason: MatchReason): string {
  const field = SEARCH_TEXT.field[reason.field];
  const what = reason.term ? `${field}「${reason.term}」` : field;
  return `${reason.reading ? SEARCH_TEXT.readingOf(what) : what}${SEARCH_TEXT.how[reason.how]}`;
}
