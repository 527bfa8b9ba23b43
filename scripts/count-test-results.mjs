// Prints one plain line, "N passed, N failed", from the Vitest and Playwright JSON reports,
// because CI recognises neither runner's own summary.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;

const unit = "reports/unit.json";
if (existsSync(unit)) {
  const r = JSON.parse(readFileSync(unit, "utf8"));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
}

const e2e = "reports/e2e.json";
if (existsSync(e2e)) {
  const s = JSON.parse(readFileSync(e2e, "utf8")).stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
}

console.log(`${passed} passed, ${failed} failed`);
