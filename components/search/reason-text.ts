import type { MatchReason } from "@/lib/search/types";
import { SEARCH_TEXT } from "@/lib/ui-text/search";

/** A protocol's field name (transStatusReason, challengeCancel) or JSON: machine words, not shown in a reason. */
const MACHINE_WORD = /(^|[^A-Za-z])[a-z]+[A-Z]|["{}]/;

/**
 * Why a result matched, in plain words, or nothing: 「表記「G30-42G300000」が一致」, and for a name's kana
 * reading 「名前「nanaco」の読み方が一致」 (the name, never the machine-made reading). Words found in a title
 * or summary get no reason (the result's own lines show them), a protocol's field name is never quoted,
 * and a near match is called near, not a corrected typo (it may be a prefix of what was meant).
 */
export function reasonText(reason: MatchReason): string {
  if ((reason.field === "title" || reason.field === "summary") && !reason.reading) return "";
  const field = SEARCH_TEXT.field[reason.field];
  const what = reason.term && !MACHINE_WORD.test(reason.term) ? `${field}「${reason.term}」` : field;
  return `${reason.reading ? SEARCH_TEXT.readingOf(what) : what}${SEARCH_TEXT.how[reason.how]}`;
}
