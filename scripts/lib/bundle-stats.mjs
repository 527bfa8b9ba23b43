// First-load JS per route, gzipped, from Next 16's build diagnostics (Next 16 prints no page sizes).
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const STATS_FILE = path.join(ROOT, ".next", "diagnostics", "route-bundle-stats.json");
export const FLOOR_ROUTE = "/perf-floor";

/** [{ route, chunks: string[] }] from the last `next build`. */
export function readRouteStats() {
  let raw;
  try {
    raw = JSON.parse(readFileSync(STATS_FILE, "utf8"));
  } catch (error) {
    throw new Error(`cannot read ${path.relative(ROOT, STATS_FILE)} (run \`npm run build\` first): ${error.message}`);
  }
  if (!Array.isArray(raw)) throw new Error(`${STATS_FILE}: expected a list of routes`);
  return raw.map((r) => ({ route: String(r.route), chunks: [...new Set(r.firstLoadChunkPaths ?? [])] }));
}

const gzipCache = new Map();
/** Gzipped size of one built file (level 6, what the server sends with compression on). */
export function gzipBytes(relPath) {
  let size = gzipCache.get(relPath);
  if (size === undefined) {
    size = gzipSync(readFileSync(path.join(ROOT, relPath)), { level: 6 }).length;
    gzipCache.set(relPath, size);
  }
  return size;
}

export function routeGzipBytes(entry) {
  return entry.chunks.reduce((sum, c) => sum + gzipBytes(c), 0);
}

export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
