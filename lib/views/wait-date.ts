/**
 * Waiting periods in Japan time. The services count "the next day from 6:00" in JST, and the person enters
 * the time they registered as they read it on a Japanese receipt or app, so input, arithmetic and output
 * are all in Asia/Tokyo, whatever the device's own time zone is. Japan has no daylight saving time, so a
 * fixed +09:00 offset is exact.
 */
const HOUR_MS = 3_600_000;
const JST_OFFSET_MS = 9 * HOUR_MS;

/** A datetime-local value (「2026-11-23T15:00」, seconds optional) read as Japan time; invalid Date otherwise. */
export function parseJstLocal(value: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return new Date(Number.NaN);
  const d = new Date(`${value}+09:00`);
  if (Number.isNaN(d.getTime())) return d;
  // `Date` rolls 2026-02-31 over into March; a day that does not exist is an invalid input instead.
  const back = new Date(d.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
  return back === value.slice(0, 10) ? d : new Date(Number.NaN);
}

/**
 * When a waiting period ends. `hours` after the start; when the source also names an hour of day
 * ("4 days later, from 6:00"), it is that hour (Japan time) on the day the period ends. Returns an invalid
 * Date (NaN time) rather than a wrong one when the start is invalid, the hours are not a finite number, or
 * the hour of day is not 0–23; formatJaDateTime turns that into undefined.
 */
export function waitEnds(start: Date, hours: number, atHour?: number): Date {
  const end = new Date(start.getTime() + hours * HOUR_MS);
  if (atHour === undefined) return end;
  if (!Number.isInteger(atHour) || atHour < 0 || atHour > 23) return new Date(Number.NaN);
  // Shift into "Japan time as UTC", set the hour there, shift back.
  const jst = new Date(end.getTime() + JST_OFFSET_MS);
  jst.setUTCHours(atHour, 0, 0, 0);
  return new Date(jst.getTime() - JST_OFFSET_MS);
}

const OPTIONS: Intl.DateTimeFormatOptions = {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "long",
  day: "numeric",
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
};
const FORMAT = new Intl.DateTimeFormat("ja-JP", OPTIONS);
// Day before month, 24-hour clock: read the same way by English readers everywhere.
const FORMAT_EN = new Intl.DateTimeFormat("en-GB", { ...OPTIONS, hourCycle: "h23" });

/**
 * 「2026年11月23日（月）15:00」 in Japan time; undefined for an invalid Date (Intl throws a RangeError on
 * one, e.g. a start date near the end of the Date range plus the waiting hours).
 */
export function formatJaDateTime(d: Date): string | undefined {
  return Number.isNaN(d.getTime()) ? undefined : FORMAT.format(d);
}

/** The same moment for an English page: 「Mon, 23 November 2026 at 15:00」, still Japan time. */
export function formatEnDateTime(d: Date): string | undefined {
  return Number.isNaN(d.getTime()) ? undefined : FORMAT_EN.format(d);
}
