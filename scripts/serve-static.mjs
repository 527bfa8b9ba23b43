// A tiny dependency-free static server for the export (out/), standing in for any static host or CDN:
// /x → x.html or x/index.html, unknown paths → 404.html with status 404, content types by extension.
// Usage: node scripts/serve-static.mjs [dir=out] [port=3000] [host=127.0.0.1]
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const root = resolve(process.argv[2] ?? "out");
const port = Number(process.argv[3] ?? process.env.PORT ?? 3000);
const host = process.argv[4] ?? "127.0.0.1";

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

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The file a URL path maps to, never outside root. */
function resolvePath(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;
  const base = normalize(join(root, decoded));
  if (base !== root && !base.startsWith(root + "/")) return undefined;
  const candidates = decoded.endsWith("/") ? [join(base, "index.html")] : [base, `${base}.html`, join(base, "index.html")];
  return candidates.find(isFile);
}

function send(res, status, file, method) {
  res.writeHead(status, {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "x-content-type-options": "nosniff",
    "cache-control": file.includes("/_next/static/") ? "public, max-age=31536000, immutable" : "no-cache",
  });
  if (method === "HEAD") return res.end();
  createReadStream(file).pipe(res);
}

createServer((req, res) => {
  const method = req.method ?? "GET";
  if (method !== "GET" && method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD" });
    return res.end();
  }
  const path = new URL(req.url ?? "/", "http://x").pathname;
  const file = resolvePath(path);
  if (file) return send(res, 200, file, method);
  const notFound = join(root, "404.html");
  if (isFile(notFound)) return send(res, 404, notFound, method);
  res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
  res.end("404");
}).listen(port, host, () => console.log(`serving ${root} at http://${host}:${port}`));
