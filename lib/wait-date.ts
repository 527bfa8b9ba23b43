/**
 * When a waiting period ends. `hours` after the start; when the source also names an hour of day
 * ("4 days later, from 6:00"), it is that hour on the day the period ends.
 */
export function waitEnds(start: Date, hours: number, atHour?: number): Date {
  const end = new Date(start.getTime() + hours * 3_600_000);
  if (atHour !== undefined) end.setHours(atHour, 0, 0, 0);
  return end;
}

/** 「2026年11月23日（月）15:00」 in the reader's time zone. */
export function formatJaDateTime(d: Date): string {
  return new Intl.DateTimeFormat("ja-JP", {
    year: "numeric",
    month: "long",
    day: "numeric",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
  }).format(d);
}
