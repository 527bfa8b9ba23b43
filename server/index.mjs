// `npm start`: the production server. Next's own request handler (the one `next start` runs) behind
// server/guard.mjs: security headers on every answer, GET/HEAD only, no redirect bodies, and the /search
// gate. Needs a production build (`npm run build`).
// Usage: node server/index.mjs [-p PORT (default $PORT or 3000)] [-H HOST (default 127.0.0.1)]
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { createGuard } from "./guard.mjs";
import { createSearchGate } from "./search-gate.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");

function arg(names, fallback) {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => names.includes(a));
  return i === -1 ? fallback : argv[i + 1];
}

/**
 * The headers the build sends on every path: next.config.ts headers() (from lib/web/security-headers.ts), as
 * Next compiled them into the routes manifest. Read from the build, so the guard can never disagree with it.
 */
function buildHeaders() {
  const manifest = path.join(ROOT, ".next", "routes-manifest.json");
  if (!existsSync(manifest)) throw new Error("no production build (.next/routes-manifest.json): run `npm run build` first");
  const rule = JSON.parse(readFileSync(manifest, "utf8")).headers?.find((h) => h.source === "/:path*");
  if (!rule?.headers?.length) throw new Error(`${manifest} has no headers for /:path*: is next.config.ts headers() gone?`);
  return rule.headers.map((h) => [h.key, h.value]);
}

/** What the routes rendered on demand may render (scripts/write-page-list.ts, run after `next build`). */
function onDemandPages() {
  const file = path.join(ROOT, ".next", "on-demand-pages.json");
  if (!existsSync(file)) throw new Error(`${file} is missing: build with \`npm run build\` (its postbuild step writes it)`);
  return new Set(JSON.parse(readFileSync(file, "utf8")).paths);
}

async function main() {
  const port = Number(arg(["-p", "--port"], process.env.PORT ?? 3000));
  const hostname = arg(["-H", "--hostname"], "127.0.0.1");
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`invalid port: ${port}`);
  const headers = buildHeaders();
  const pages = onDemandPages();
  const app = next({ dev: false, dir: ROOT, hostname, port });
  await app.prepare();
  const guard = createGuard({ handle: app.getRequestHandler(), headers, pages, searchGate: createSearchGate() });
  const server = createServer(guard);
  server.keepAliveTimeout = 5_000;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, resolve);
  });
  console.log(`ready: http://${hostname}:${port}`);
  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error) => {
  console.error(`server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
