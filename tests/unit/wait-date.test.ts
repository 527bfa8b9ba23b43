import { describe, expect, it } from "vitest";
import { formatJaDateTime, waitEnds } from "@/lib/wait-date";

// Dates are built with the local-time constructor, so the expectations hold in any time zone.
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);

describe("waitEnds", () => {
  it("adds the hours to the start", () => {
    expect(waitEnds(local(2026, 1, 10, 10), 24).getTime()).toBe(local(2026, 1, 11, 10).getTime());
    expect(waitEnds(local(2026, 1, 10, 10), 0).getTime()).toBe(local(2026, 1, 10, 10).getTime());
  });

  it("moves to the named hour of the day the period ends", () => {
    // "4 days later, from 6:00"
    expect(waitEnds(local(2026, 1, 10, 22, 30), 96, 6).getTime()).toBe(local(2026, 1, 14, 6).getTime());
    expect(waitEnds(local(2026, 12, 31, 23), 1, 0).getTime()).toBe(local(2027, 1, 1, 0).getTime());
  });

  it("gives an invalid Date, not a wrong one, for an invalid start, hours or hour of day", () => {
    const bad = [
      waitEnds(new Date("not a date"), 24),
      waitEnds(local(2026, 1, 10), Number.NaN),
      waitEnds(local(2026, 1, 10), Number.POSITIVE_INFINITY),
      waitEnds(local(2026, 1, 10), 24, 24),
      waitEnds(local(2026, 1, 10), 24, -1),
      waitEnds(local(2026, 1, 10), 24, 6.5),
      // The last representable day plus a day is beyond the Date range.
      waitEnds(new Date(8.64e15), 24),
    ];
    for (const d of bad) expect(Number.isNaN(d.getTime())).toBe(true);
  });
});

describe("formatJaDateTime", () => {
  it("writes year, month, day, weekday and time in Japanese", () => {
    const text = formatJaDateTime(local(2026, 11, 23, 15, 0));
    expect(text).toMatch(/^2026年11月23日\s*[(（]月[)）]\s*15:00$/);
    expect(formatJaDateTime(local(2026, 1, 5, 9, 7))).toMatch(/^2026年1月5日.*09:07$/);
  });

  it("returns undefined for an invalid Date instead of throwing a RangeError", () => {
    expect(formatJaDateTime(new Date("2026-13-45T99:99"))).toBeUndefined();
    expect(formatJaDateTime(new Date(Number.NaN))).toBeUndefined();
    expect(formatJaDateTime(waitEnds(new Date(8.64e15), 24))).toBeUndefined();
    expect(formatJaDateTime(waitEnds(local(2026, 1, 10), 24, 99))).toBeUndefined();
  });
});
