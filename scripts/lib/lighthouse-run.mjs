// Lighthouse 12 through its node API, on Debian Chromium, with Lighthouse's default (mobile) settings:
// a Moto G Power-sized screen, simulated slow 4G and 4x CPU slowdown.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  // Keep Chromium off the network: this machine has none, and figures must not depend on it.
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/**
 * Audits each path of `baseUrl` `runs` times with one Chromium and keeps the median run by performance
 * score (this machine is shared, so single runs swing). Returns one result per path:
 * { path, scores: {category: 0..1|null}, lcpMs, tbtMs, cls, failing, runs, perfRange, benchmarkIndex }.
 * Throws on a launch or runtime error; a low score is a figure, not an error.
 */
export async function auditPaths(baseUrl, paths, { runs = 1 } = {}) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
    logLevel: "silent",
  });
  try {
    const results = [];
    for (const p of paths) {
      const all = [];
      for (let i = 0; i < runs; i += 1) all.push(await auditWithRetry(chrome.port, baseUrl, p));
      all.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
      const median = all[Math.floor((all.length - 1) / 2)];
      const perf = all.map((r) => r.scores.performance ?? 0);
      results.push({ ...median, runs, perfRange: [Math.min(...perf), Math.max(...perf)] });
    }
    return results;
  } finally {
    await chrome.kill();
  }
}

// Lighthouse sometimes loses the trace on a busy machine (NO_NAVSTART, NO_FCP); one retry covers that.
async function auditWithRetry(port, baseUrl, p) {
  try {
    return await auditOnce(port, baseUrl, p);
  } catch (error) {
    if (!(error instanceof LighthouseRuntimeError)) throw error;
    return auditOnce(port, baseUrl, p);
  }
}

class LighthouseRuntimeError extends Error {}

async function auditOnce(port, baseUrl, p) {
  const url = new URL(p, baseUrl).href;
  const runnerResult = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: CATEGORIES,
  });
  const lhr = runnerResult?.lhr;
  if (!lhr) throw new Error(`lighthouse returned no result for ${url}`);
  if (lhr.runtimeError)
    throw new LighthouseRuntimeError(`lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]));
  // Audits that pull a category down, so a low score points straight at its cause. Performance
  // metrics are graded on a curve (0.99 is normal), so only those below 0.9 are listed there.
  const failing = [];
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      const bar = c === "performance" ? 0.9 : 1;
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < bar) failing.push(`${c}:${ref.id}`);
    }
  }
  return {
    path: p,
    finalUrl: lhr.finalDisplayedUrl,
    scores,
    lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? null,
    tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? null,
    cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? null,
    failing,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
  };
}

const fmtScore = (s) => (s === null ? " n/a" : s.toFixed(2));

/** One block of plain lines per page. */
export function formatAudit(r) {
  const s = r.scores;
  const lines = [
    `${r.path}`,
    `  performance ${fmtScore(s.performance)}  accessibility ${fmtScore(s.accessibility)}  best-practices ${fmtScore(s["best-practices"])}  seo ${fmtScore(s.seo)}`,
    `  LCP ${r.lcpMs === null ? "n/a" : `${Math.round(r.lcpMs)} ms`}  TBT ${r.tbtMs === null ? "n/a" : `${Math.round(r.tbtMs)} ms`}  CLS ${r.cls === null ? "n/a" : r.cls.toFixed(3)}`,
  ];
  if (r.runs > 1) {
    lines.push(
      `  median of ${r.runs} runs (performance ${fmtScore(r.perfRange[0])}–${fmtScore(r.perfRange[1])}), machine benchmark index ${Math.round(r.benchmarkIndex ?? 0)}`,
    );
  }
  if (r.failing.length > 0) lines.push(`  pulling down: ${r.failing.join(", ")}`);
  return lines.join("\n");
}
