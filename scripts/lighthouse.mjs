// Lighthouse mobile figures for pages of the production build.
// Usage: node scripts/lighthouse.mjs [--port N] [--runs N] [--start] <path> [<path>...]
//   --port N   port of the production server on 127.0.0.1 (default 3000, as `npm start`)
//   --runs N   audit each page N times and keep the median run (default 1)
//   --start    start the production server (server/index.mjs) on that port itself (needs `npm run build` first) and stop it after
// Prints per page the four category scores and LCP/TBT/CLS. Exits non-zero only on an error,
// never on a low score: these are figures, not timed tests.
import { auditPaths, formatAudit } from "./lib/lighthouse-run.mjs";
import { loopbackUrl, parsePort, startServer, takeFlag, takeOption, waitForServer } from "./lib/servers.mjs";

async function main() {
  let argv = process.argv.slice(2);
  let portArg;
  let start;
  [portArg, argv] = takeOption(argv, "--port");
  [start, argv] = takeFlag(argv, "--start");
  let runsArg;
  [runsArg, argv] = takeOption(argv, "--runs");
  const runs = runsArg === undefined ? 1 : Number(runsArg);
  if (!Number.isInteger(runs) || runs < 1 || runs > 9) throw new Error(`--runs must be 1..9, got ${runsArg}`);
  const port = parsePort(portArg, 3000);
  const paths = argv;
  if (paths.length === 0 || paths.some((p) => !p.startsWith("/"))) {
    throw new Error("usage: node scripts/lighthouse.mjs [--port N] [--start] <path> [<path>...] (paths start with /)");
  }

  const server = start ? await startServer(port) : null;
  try {
    const url = server?.url ?? loopbackUrl(port);
    if (!server) await waitForServer(url, 5_000);
    console.log(`Lighthouse mobile (default settings), ${url}`);
    const results = await auditPaths(url, paths, { runs });
    for (const r of results) console.log(formatAudit(r));
  } finally {
    await server?.stop();
  }
}

main().catch((error) => {
  console.error(`lighthouse: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
