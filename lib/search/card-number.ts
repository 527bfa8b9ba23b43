/**
 * Spotting card numbers in a query, so they never reach a URL, a request or a log.
 * Small and dependency-free on purpose: the search box runs it on every keystroke before anything loads.
 */

/** True when the digits pass the Luhn check (the checksum every payment card number carries). */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

// Runs of digits (ASCII or full-width) that may be split by spaces or hyphens, as people copy card numbers.
const DIGIT_RUN = /[0-9０-９](?:[0-9０-９]|[\s\u3000\-‐‑‒–—―−－ー])*[0-9０-９]/g;

const toAsciiDigits = (s: string): string =>
  s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[^0-9]/g, "");

/**
 * True when the text contains something that looks like a card number: 13 to 19 digits, with or without
 * spaces or hyphens between groups, passing the Luhn check. A number followed by more digits (an expiry
 * or security code typed after it) still counts. Never throws.
 */
export function containsCardNumber(input: unknown): boolean {
  if (typeof input !== "string" || input.length === 0) return false;
  for (const match of input.matchAll(DIGIT_RUN)) {
    const groups = match[0]
      .split(/[^0-9０-９]+/)
      .map(toAsciiDigits)
      .filter((g) => g.length > 0);
    for (let start = 0; start < groups.length; start++) {
      let digits = "";
      for (let end = start; end < groups.length; end++) {
        digits += groups[end];
        if (digits.length > 19) break;
        if (digits.length >= 13 && passesLuhn(digits)) return true;
      }
      // One long unbroken run: a card number may sit at its start (the rest typed straight after it).
      const first = groups[start] ?? "";
      if (first.length > 19) {
        for (let len = 13; len <= 19; len++) if (passesLuhn(first.slice(0, len))) return true;
      }
    }
  }
  return false;
}
