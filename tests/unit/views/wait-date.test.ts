import { describe, expect, it } from "vitest";
import { formatEnDateTime, formatJaDateTime, parseJstLocal, waitEnds } from "@/lib/views/wait-date";

// Every instant is written with its offset, so the expectations hold whatever time zone runs the tests.
const jst = (iso: string) => new Date(`${iso}+09:00`);

describe("parseJstLocal", () => {
  it("reads a datetime-local value as Japan time", () => {
    expect(parseJstLocal("2026-01-10T22:30").toISOString()).toBe("2026-01-10T13:30:00.000Z");
    expect(parseJstLocal("2026-01-10T22:30:15").toISOString()).toBe("2026-01-10T13:30:15.000Z");
  });

  it("gives an invalid Date for anything else, including days that do not exist", () => {
    for (const bad of [
      "",
      "2026-01-10",
      "2026-01-10 22:30",
      "2026-02-31T10:00",
      "2026-13-01T00:00",
      "2026-01-10T25:00",
      "x".repeat(10_000),
    ]) {
      expect(Number.isNaN(parseJstLocal(bad).getTime()), bad.slice(0, 20)).toBe(true);
    }
  });
});

describe("waitEnds", () => {
  it("adds the hours to the start", () => {
    expect(waitEnds(jst("2026-01-10T10:00"), 24).getTime()).toBe(jst("2026-01-11T10:00").getTime());
    expect(waitEnds(jst("2026-01-10T10:00"), 0).getTime()).toBe(jst("2026-01-10T10:00").getTime());
  });

  it("moves to the named hour, in Japan time, of the day the period ends", () => {
    // "4 days later, from 6:00": 22:30 on the 10th plus 96 hours is 22:30 on the 14th, so 6:00 on the 14th.
    expect(waitEnds(jst("2026-01-10T22:30"), 96, 6).getTime()).toBe(jst("2026-01-14T06:00").getTime());
    // Early morning in Japan is still the previous day in UTC: the day is the Japanese one.
    expect(waitEnds(jst("2026-01-10T01:00"), 96, 6).getTime()).toBe(jst("2026-01-14T06:00").getTime());
    expect(waitEnds(jst("2026-12-31T23:00"), 1, 0).getTime()).toBe(jst("2027-01-01T00:00").getTime());
  });

  it("gives an invalid Date, not a wrong one, for an invalid start, hours or hour of day", () => {
    const start = jst("2026-01-10T00:00");
    const bad = [
      waitEnds(new Date("not a date"), 24),
      waitEnds(start, Number.NaN),
      waitEnds(start, Number.POSITIVE_INFINITY),
      waitEnds(start, 24, 24),
      waitEnds(start, 24, -1),
      waitEnds(start, 24, 6.5),
      // The last representable day plus a day is beyond the Date range.
      waitEnds(new Date(8.64e15), 24),
    ];
    for (const d of bad) expect(Number.isNaN(d.getTime())).toBe(true);
  });
});

describe("formatEnDateTime", () => {
  it("writes the day before the month and a 24-hour time, in Japan time", () => {
    const s = formatEnDateTime(new Date("2026-11-23T06:00:00Z"));
    expect(s).toMatch(/Mon.*23 November 2026.*15:00/);
    expect(formatEnDateTime(new Date(Number.NaN))).toBeUndefined();
  });
});

describe("formatJaDateTime", () => {
  it("writes year, month, day, weekday and time in Japanese, in Japan time", () => {
    expect(formatJaDateTime(jst("2026-11-23T15:00"))).toMatch(/^2026年11月23日\s*[(（]月[)）]\s*15:00$/);
    expect(formatJaDateTime(jst("2026-01-05T09:07"))).toMatch(/^2026年1月5日.*09:07$/);
    // 2026-01-04 20:00 UTC is already the 5th in Japan.
    expect(formatJaDateTime(new Date("2026-01-04T20:00:00Z"))).toMatch(/^2026年1月5日.*05:00$/);
  });

  it("returns undefined for an invalid Date instead of throwing a RangeError", () => {
    expect(formatJaDateTime(new Date("2026-13-45T99:99"))).toBeUndefined();
    expect(formatJaDateTime(new Date(Number.NaN))).toBeUndefined();
    expect(formatJaDateTime(waitEnds(new Date(8.64e15), 24))).toBeUndefined();
    expect(formatJaDateTime(waitEnds(jst("2026-01-10T00:00"), 24, 99))).toBeUndefined();
    expect(formatJaDateTime(parseJstLocal("2026-02-31T10:00"))).toBeUndefined();
  });
});
