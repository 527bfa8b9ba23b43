import { describe, expect, it } from "vitest";
import { containsCardNumber, passesLuhn } from "@/lib/search/card-number";

describe("containsCardNumber", () => {
  it.each([
    "4111111111111111",
    "4111 1111 1111 1111",
    "4111-1111-1111-1111",
    "４１１１　１１１１　１１１１　１１１１",
    "カード 5555 5555 5555 4444 です",
    "378282246310005", // 15 digits (American Express test number)
    "4111111111111111 12/28 123",
  ])("spots %s", (s) => {
    expect(containsCardNumber(s)).toBe(true);
  });

  it.each(["4111 1111 1111 1112", "PGSE37", "G30-42G300000", "E01240002", "1234", "2026-11-22", "", "090-1234-5678"])(
    "leaves %s alone",
    (s) => {
      expect(containsCardNumber(s)).toBe(false);
    },
  );

  it("never throws on odd input", () => {
    for (const x of [undefined, null, 1, {}, "\ud800", "-".repeat(10_000), "1 ".repeat(10_000)])
      expect(() => containsCardNumber(x)).not.toThrow();
  });

  it("passesLuhn", () => {
    expect(passesLuhn("79927398713")).toBe(true);
    expect(passesLuhn("79927398710")).toBe(false);
    expect(passesLuhn("12a")).toBe(false);
  });
});
