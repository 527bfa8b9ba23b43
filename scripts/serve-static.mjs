// A tiny dependency-free static server for the export (out/), standing in for any static host or CDN:
// /x → x.html or x/index.html, unknown paths → 404.html with status 404, content types by extension.
// Usage: node scripts/serve-static.mjs [dir=out] [port=3000] [host=127.0.0.1]
import { createReadStream, existsSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve } from "node:path";
import { isFile, resolveTarget } from "./lib/static-path.mjs";

const root = resolve(process.argv[2] ?? "out");
const port = Number(process.argv[3] ?? process.env.PORT ?? 3000);
const host = process.argv[4] ?? "127.0.0.1";

// Without an export there is nothing to serve: say what to run instead of answering 404 to everything.
if (!existsSync(join(root, "index.html"))) {
  console.error(`serve-static: ${root}/index.html is missing; run \`npm run build:export\` first.`);
  process.exit(1);
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
};

function send(res, status, file, method) {
  res.writeHead(status, {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "x-content-type-options": "nosniff",
    "cache-control": file.includes("/_next/static/") ? "public, max-age=31536000, immutable" : "no-cache",
  });
  if (method === "HEAD") return res.end();
  // A file that vanishes or cannot be read mid-answer ends this response, never the whole server.
  createReadStream(file)
    .on("error", () => res.destroy())
    .pipe(res);
}

function notFound(res, method) {
  const page = join(root, "404.html");
  if (isFile(page)) return send(res, 404, page, method);
  res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
  res.end("404");
}

createServer((req, res) => {
  const method = req.method ?? "GET";
  if (method !== "GET" && method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD" });
    return res.end();
  }
  // The raw target, not new URL(): a URL parser resolves %2e%2e and backslashes, so a tampered path would reach a
  // different, existing file. Whatever cannot name a file under root gets the site's 404 page.
  const file = resolveTarget(root, req.url ?? "/");
  if (file) return send(res, 200, file, method);
  return notFound(res, method);
}).listen(port, host, () => console.log(`serving ${root} at http://${host}:${port}`));
