// `npm run load`: a bounded load with autocannon on 127.0.0.1 (never another host), against the production
// server (`npm start`: server/index.mjs) and, in the same run, nginx serving the export in out/
// (deploy/nginx.conf.template, with the .gz/.br copies when `npm run export:precompress` made them).
// Every request says `Accept-Encoding: gzip, br`, as browsers do. Prints requests/s, p50/p99 latency and
// errors per target. Figures, not a timed test: exits non-zero only on an error (no build, server down).
//
// Usage: node scripts/load.mjs [--duration S (default 30)] [--connections N (default 50)] [--port N]
//        [--no-start]   aim at servers already running on 127.0.0.1:<port> (server) and <port+1> (nginx)
//        [--no-nginx]   the server only
//        [--burst]      instead: 20 s of 200 connections on /search (one query, then one new query per
//                       request), with a code page fetched once a second during and after each burst
import autocannon from "autocannon";
import { loopbackUrl, parsePort, startNginx, startServer, takeFlag, takeOption, waitForServer } from "./lib/servers.mjs";

const BROWSER_HEADERS = { "accept-encoding": "gzip, br", accept: "text/html,application/json;q=0.9,*/*;q=0.8" };
const TARGETS = [
  { name: "code page", path: "/codes/au-pay/er323" },
  { name: "search page", path: "/search?q=ER323" },
  { name: "JSON API", path: "/api/v1/codes.json" },
];
const P99_TARGET_MS = { server: 50, nginx: 20 };
const BURST = { seconds: 20, connections: 200, after: 5, codePage: "/codes/au-pay/er323", search: "/search?q=ER323" };

function boundedInt(value, fallback, min, max, name) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer ${min}..${max}, got ${value}`);
  return n;
}

function runAutocannon(opts) {
  return new Promise((resolve, reject) => {
    autocannon({ headers: BROWSER_HEADERS, ...opts }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function loadTargets(label, base, { connections, duration }) {
  console.log(`${label} (${base}); target: 0 errors, p99 <= ${P99_TARGET_MS[label]} ms`);
  for (const t of TARGETS) {
    const url = new URL(t.path, base).href;
    const probe = await fetch(url, { redirect: "manual", headers: BROWSER_HEADERS });
    await probe.arrayBuffer();
    if (probe.status !== 200) throw new Error(`${label}: ${t.path} answers ${probe.status}, not 200`);
    const encoding = probe.headers.get("content-encoding") ?? "none";
    // A short warm-up so the figures are the steady state, not the first render.
    await runAutocannon({ url, connections: Math.min(connections, 10), duration: 1 });
    const r = await runAutocannon({ url, connections, duration, timeout: 10 });
    const errors = r.errors + r.timeouts + r.non2xx;
    const ok = errors === 0 && r.latency.p99 <= P99_TARGET_MS[label];
    console.log(
      `  ${t.name.padEnd(12)} ${t.path.padEnd(22)} ${String(Math.round(r.requests.average)).padStart(6)} req/s, p50 ${r.latency.p50} ms, ` +
        `p99 ${r.latency.p99} ms, ${r.requests.total} requests, ${errors} errors (${r.timeouts} timeouts, ${r.non2xx} non-2xx), ` +
        `encoding ${encoding}  ${ok ? "meets target" : "MISSES target"}`,
    );
  }
}

/** Fetches `url` every second until `stop()`; returns the latencies (ms, or "timeout" after 10 s). */
function probeEverySecond(url) {
  const samples = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const t0 = performance.now();
      try {
        const res = await fetch(url, { headers: BROWSER_HEADERS, signal: AbortSignal.timeout(10_000) });
        await res.arrayBuffer();
        samples.push(res.status === 200 ? Math.round(performance.now() - t0) : `HTTP ${res.status}`);
      } catch {
        samples.push("timeout");
      }
      await new Promise((r) => setTimeout(r, Math.max(0, 1_000 - (performance.now() - t0))));
    }
  })();
  return async () => {
    running = false;
    await done;
    return samples;
  };
}

async function burst(base) {
  const code = new URL(BURST.codePage, base).href;
  const cases = [
    { name: `${BURST.search} (the same query each time)`, opts: { url: new URL(BURST.search, base).href } },
    {
      name: "/search?q=<a new query each time>",
      opts: {
        url: base,
        requests: [{ setupRequest: (req) => ({ ...req, path: `/search?q=burst${Math.random().toString(36).slice(2, 10)}` }) }],
      },
    },
  ];
  console.log(
    `Burst on ${base}: ${BURST.connections} connections for ${BURST.seconds} s; ${BURST.codePage} fetched once a second during and ${BURST.after} s after`,
  );
  console.log("  targets: code page < 1000 ms each time during the burst, < 100 ms after, 0 timeouts");
  for (const c of cases) {
    const stopProbe = probeEverySecond(code);
    const r = await runAutocannon({ ...c.opts, connections: BURST.connections, duration: BURST.seconds, timeout: 10 });
    const during = await stopProbe();
    const stopAfter = probeEverySecond(code);
    await new Promise((res) => setTimeout(res, BURST.after * 1_000));
    const after = await stopAfter();
    const statuses = Object.entries(r.statusCodeStats ?? {})
      .map(([s, v]) => `${s}: ${v.count}`)
      .join(", ");
    const numbers = (xs) => xs.filter((x) => typeof x === "number");
    const timeouts = [...during, ...after].filter((x) => x === "timeout").length;
    const ok =
      numbers(during).length === during.length &&
      Math.max(...numbers(during)) < 1_000 &&
      numbers(after).every((x) => x < 100) &&
      timeouts === 0;
    console.log(
      `  burst ${c.name}: ${Math.round(r.requests.average)} req/s answered (${statuses}), ${r.timeouts} timeouts, p99 ${r.latency.p99} ms`,
    );
    console.log(`    code page during (ms): ${during.join(" ")}`);
    console.log(`    code page after (ms):  ${after.join(" ")}  ${ok ? "meets target" : "MISSES target"}`);
  }
}

async function main() {
  let argv = process.argv.slice(2);
  let durationArg;
  let connectionsArg;
  let portArg;
  let noStart;
  let noNginx;
  let burstMode;
  [durationArg, argv] = takeOption(argv, "--duration");
  [connectionsArg, argv] = takeOption(argv, "--connections");
  [portArg, argv] = takeOption(argv, "--port");
  [noStart, argv] = takeFlag(argv, "--no-start");
  [noNginx, argv] = takeFlag(argv, "--no-nginx");
  [burstMode, argv] = takeFlag(argv, "--burst");
  if (argv.length > 0) throw new Error(`unknown arguments: ${argv.join(" ")}`);
  // Bounded on purpose: at most 2 minutes and 200 connections per target, loopback only.
  const duration = boundedInt(durationArg, 30, 1, 120, "--duration");
  const connections = boundedInt(connectionsArg, 50, 1, 200, "--connections");
  const port = parsePort(portArg, 3306);
  const useNginx = !noNginx && !burstMode;

  const started = [];
  try {
    const server = noStart ? { url: loopbackUrl(port) } : await startServer(port);
    started.push(server);
    const nginx = !useNginx ? null : noStart ? { url: loopbackUrl(port + 1) } : await startNginx(port + 1);
    if (nginx) started.push(nginx);
    for (const s of started) await waitForServer(s.url, 5_000);
    if (burstMode) return await burst(server.url);
    console.log(`Load: ${connections} connections, ${duration} s per target, Accept-Encoding: ${BROWSER_HEADERS["accept-encoding"]}`);
    await loadTargets("server", server.url, { connections, duration });
    if (nginx) await loadTargets("nginx", nginx.url, { connections, duration });
  } finally {
    for (const s of started) await s.stop?.();
  }
}

main().catch((error) => {
  console.error(`load: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
