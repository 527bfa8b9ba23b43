/** The longest query we look at. Longer input is cut, so no query can make the engine slow. */
export const MAX_QUERY_LENGTH = 200;

/** How many results the engine returns unless asked otherwise. */
export const DEFAULT_RESULT_LIMIT = 10;

/**
 * Cuts a query to MAX_QUERY_LENGTH code points without splitting a surrogate pair.
 * Accepts anything: a non-string (a tampered form value) becomes "".
 */
export function clampQuery(input: unknown): string {
  if (typeof input !== "string") return "";
  if (input.length <= MAX_QUERY_LENGTH) return input;
  let cut = input.slice(0, MAX_QUERY_LENGTH);
  // Do not leave half of a surrogate pair at the end.
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}
