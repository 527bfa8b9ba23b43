// `npm run perf`: first-load JS per route type against the bare-page floor, then Lighthouse mobile
// figures for home, a code page and a wizard step. Figures, not a timed test: exits non-zero only on
// an error (no build, Chromium missing), never on a missed target.
// Usage: node scripts/perf.mjs [--port N] [--runs N (default 3, median kept)] [--no-lighthouse]   (needs `npm run build` first)
import { auditPaths, formatAudit } from "./lib/lighthouse-run.mjs";
import { FLOOR_ROUTE, kib, readRouteStats, routeGzipBytes } from "./lib/bundle-stats.mjs";
import { parsePort, startServer, takeFlag, takeOption } from "./lib/servers.mjs";

const JS_BUDGET_BYTES = 15 * 1024;
const LIGHTHOUSE_TARGETS = { performance: 0.98, accessibility: 1, "best-practices": 1, seo: 1 };

const ROUTE_TYPES = [
  { name: "home", match: (r) => r === "/" },
  { name: "code page", match: (r) => r.startsWith("/codes/") },
  { name: "card-company page", match: (r) => r.startsWith("/issuers/") },
  { name: "wizard step", match: (r) => r.startsWith("/diagnose") },
  { name: "search", match: (r) => r.startsWith("/search") },
];

// A wizard step: its first question, where most people start.
const LIGHTHOUSE_PAGES = [
  { name: "home", paths: ["/"] },
  { name: "code page", paths: ["/codes/au-pay/er323"] },
  { name: "wizard step", paths: ["/diagnose"] },
  // Not a target: the same figures for the bare page, so a miss can be told apart from the framework's floor.
  { name: "bare-page floor", paths: ["/perf-floor"], reference: true },
];

function bundleReport() {
  const stats = readRouteStats();
  const floor = stats.find((s) => s.route === FLOOR_ROUTE);
  if (!floor) throw new Error(`the build has no ${FLOOR_ROUTE} route (app/(ja)/perf-floor/page.tsx), so no floor to compare with`);
  const floorBytes = routeGzipBytes(floor);
  console.log(
    `First-load JS (gzip) against the bare-page floor ${FLOOR_ROUTE}: ${kib(floorBytes)}; budget floor + ${kib(JS_BUDGET_BYTES)}`,
  );
  const rows = [];
  for (const type of ROUTE_TYPES) {
    const routes = stats.filter((s) => type.match(s.route));
    if (routes.length === 0) rows.push(`  ${type.name.padEnd(18)} not in this build, skipped`);
    for (const r of routes) rows.push(row(type.name, r, floorBytes));
  }
  const typed = new Set(stats.filter((s) => ROUTE_TYPES.some((t) => t.match(s.route))).map((s) => s.route));
  for (const r of stats) {
    if (r.route !== FLOOR_ROUTE && !typed.has(r.route)) rows.push(row("other", r, floorBytes));
  }
  console.log(rows.join("\n"));
}

function row(typeName, entry, floorBytes) {
  const bytes = routeGzipBytes(entry);
  const over = bytes - floorBytes;
  const verdict = over <= JS_BUDGET_BYTES ? "within budget" : "OVER budget";
  const sign = over >= 0 ? "+" : "-";
  return `  ${typeName.padEnd(18)} ${entry.route.padEnd(32)} ${kib(bytes).padStart(10)}  ${sign}${kib(Math.abs(over))} over floor  ${verdict}`;
}

async function firstAnswering(baseUrl, paths) {
  for (const p of paths) {
    const res = await fetch(new URL(p, baseUrl), { redirect: "manual" });
    await res.arrayBuffer();
    if (res.status === 200) return p;
  }
  return undefined;
}

async function lighthouseReport(port, runs) {
  const server = await startServer(port);
  try {
    const chosen = [];
    for (const page of LIGHTHOUSE_PAGES) {
      const p = await firstAnswering(server.url, page.paths);
      if (p === undefined) console.log(`${page.name}: ${page.paths.join(" / ")} not found (404), skipped`);
      else chosen.push({ ...page, path: p });
    }
    // One untimed visit per page first, so the figures are not a cold server's first render.
    for (const c of chosen) await (await fetch(new URL(c.path, server.url))).arrayBuffer();
    console.log(`\nLighthouse mobile (default settings: simulated slow 4G, 4x CPU slowdown), ${server.url}`);
    console.log(
      `targets: ${Object.entries(LIGHTHOUSE_TARGETS)
        .map(([k, v]) => `${k} >= ${v}`)
        .join(", ")}`,
    );
    const results = await auditPaths(
      server.url,
      chosen.map((c) => c.path),
      { runs },
    );
    results.forEach((r, i) => {
      const misses = Object.entries(LIGHTHOUSE_TARGETS)
        .filter(([k, v]) => (r.scores[k] ?? 0) < v)
        .map(([k]) => k);
      console.log(`[${chosen[i]?.name}] ${formatAudit(r)}`);
      if (chosen[i]?.reference) console.log("  (reference only: a page with no code of its own)");
      else console.log(misses.length === 0 ? "  meets every target" : `  MISSES: ${misses.join(", ")}`);
    });
  } finally {
    await server.stop();
  }
}

async function main() {
  let argv = process.argv.slice(2);
  let portArg;
  let noLighthouse;
  [portArg, argv] = takeOption(argv, "--port");
  [noLighthouse, argv] = takeFlag(argv, "--no-lighthouse");
  let runsArg;
  [runsArg, argv] = takeOption(argv, "--runs");
  const runs = runsArg === undefined ? 3 : Number(runsArg);
  if (!Number.isInteger(runs) || runs < 1 || runs > 9) throw new Error(`--runs must be 1..9, got ${runsArg}`);
  if (argv.length > 0) throw new Error(`unknown arguments: ${argv.join(" ")}`);
  bundleReport();
  if (!noLighthouse) await lighthouseReport(parsePort(portArg, 3305), runs);
}

main().catch((error) => {
  console.error(`perf: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
