// `npm run load`: a bounded load with autocannon against `next start` on 127.0.0.1 (never another host):
// a code page, the search page and the JSON API, one after another. Prints requests/s, p99 latency and
// errors per target. Figures, not a timed test: exits non-zero only on an error (no build, server down).
// Usage: node scripts/load.mjs [--duration S (default 30)] [--connections N (default 50)] [--port N]
//        [--no-start]   aim at a `next start` already running on 127.0.0.1:<port> instead of starting one
import autocannon from "autocannon";
import { loopbackUrl, parsePort, startNext, takeFlag, takeOption, waitForServer } from "./lib/next-server.mjs";

const TARGETS = [
  { name: "code page", path: "/codes/au-pay/er323" },
  { name: "search page", path: "/search?q=ER323" },
  { name: "JSON API", path: "/api/v1/codes.json" },
];
const P99_TARGET_MS = 50;
// A larger young generation (V8's default is 16 MiB per semi-space) cuts the garbage-collection pauses that
// make the slowest 1% of answers; recommended for production too: NODE_OPTIONS=--max-semi-space-size=32.
const SERVER_NODE_FLAGS = ["--max-semi-space-size=32"];

function boundedInt(value, fallback, min, max, name) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer ${min}..${max}, got ${value}`);
  return n;
}

function runAutocannon(opts) {
  return new Promise((resolve, reject) => {
    autocannon(opts, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function main() {
  let argv = process.argv.slice(2);
  let durationArg;
  let connectionsArg;
  let portArg;
  let noStart;
  [durationArg, argv] = takeOption(argv, "--duration");
  [connectionsArg, argv] = takeOption(argv, "--connections");
  [portArg, argv] = takeOption(argv, "--port");
  [noStart, argv] = takeFlag(argv, "--no-start");
  if (argv.length > 0) throw new Error(`unknown arguments: ${argv.join(" ")}`);
  // Bounded on purpose: at most 2 minutes and 200 connections per target, loopback only.
  const duration = boundedInt(durationArg, 30, 1, 120, "--duration");
  const connections = boundedInt(connectionsArg, 50, 1, 200, "--connections");
  const port = parsePort(portArg, 3306);

  const server = noStart ? null : await startNext(port, { nodeFlags: SERVER_NODE_FLAGS });
  const base = server?.url ?? loopbackUrl(port);
  if (!server) await waitForServer(base, 5_000);
  try {
    const flags = server ? ` (next start with node ${SERVER_NODE_FLAGS.join(" ")})` : "";
    console.log(`Load: ${connections} connections, ${duration} s per target, ${base}${flags}; target: 0 errors, p99 <= ${P99_TARGET_MS} ms`);
    for (const t of TARGETS) {
      const url = new URL(t.path, base).href;
      const probe = await fetch(url, { redirect: "manual" });
      await probe.arrayBuffer();
      if (probe.status === 404) {
        console.log(`  ${t.name.padEnd(12)} ${t.path}: not found (404), skipped`);
        continue;
      }
      if (probe.status !== 200) throw new Error(`${t.path} answers ${probe.status}, not 200`);
      // A short warm-up so the figures are the steady state, not the first render.
      await runAutocannon({ url, connections: Math.min(connections, 10), duration: 1 });
      const r = await runAutocannon({ url, connections, duration, timeout: 10 });
      const errors = r.errors + r.timeouts + r.non2xx;
      const ok = errors === 0 && r.latency.p99 <= P99_TARGET_MS;
      console.log(
        `  ${t.name.padEnd(12)} ${t.path}: ${Math.round(r.requests.average)} req/s, p99 ${r.latency.p99} ms, ` +
          `p50 ${r.latency.p50} ms, ${r.requests.total} requests, ${errors} errors ` +
          `(${r.errors} failed, ${r.timeouts} timeouts, ${r.non2xx} non-2xx)  ${ok ? "meets target" : "MISSES target"}`,
      );
    }
  } finally {
    await server?.stop();
  }
}

main().catch((error) => {
  console.error(`load: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
