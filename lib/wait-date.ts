/**
 * When a waiting period ends. `hours` after the start; when the source also names an hour of day
 * ("4 days later, from 6:00"), it is that hour on the day the period ends. Returns an invalid Date (NaN
 * time) rather than a wrong one when the start is invalid, the hours are not a finite number, or the hour
 * of day is not 0–23; formatJaDateTime turns that into undefined.
 */
export function waitEnds(start: Date, hours: number, atHour?: number): Date {
  const end = new Date(start.getTime() + hours * 3_600_000);
  if (atHour !== undefined) {
    if (!Number.isInteger(atHour) || atHour < 0 || atHour > 23) return new Date(Number.NaN);
    end.setHours(atHour, 0, 0, 0);
  }
  return end;
}

const FORMAT = new Intl.DateTimeFormat("ja-JP", {
  year: "numeric",
  month: "long",
  day: "numeric",
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
});

/**
 * 「2026年11月23日（月）15:00」 in the reader's time zone; undefined for an invalid Date (Intl throws a
 * RangeError on one, e.g. a start date near the end of the Date range plus the waiting hours).
 */
export function formatJaDateTime(d: Date): string | undefined {
  return Number.isNaN(d.getTime()) ? undefined : FORMAT.format(d);
}
