// /search is the one page rendered per request. Left alone, a burst of searches interleaves hundreds of
// renders on the one JavaScript thread and every other page waits behind them (a 200-connection burst
// once held a prerendered code page for 20 s). The gate bounds that work:
//  - the same query renders once: its answer is kept (in memory, bounded by entries and bytes) and
//    requests for it that arrive during the render wait for that render instead of starting their own;
//  - at most `concurrency` renders run at a time, at most `queueLimit` wait; beyond that the answer is
//    503 with Retry-After, at once, so the server stays free for everything else.
// The cache key is the exact query string: Next writes the address into the page, so two spellings of a
// query are two pages. Only plain page requests with q and warn are kept (not Next's client-navigation
// requests, not addresses with other parameters, not a 404 or a redirect).
import { gzipSync } from "node:zlib";
import { reply } from "./guard.mjs";
import { BUSY_PAGE } from "./busy-page.mjs";

const ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action"];
const KEPT_PARAMS = new Set(["q", "warn"]);
// Headers of the stored answer that describe one transfer, not the page.
const TRANSFER_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date"]);

/** The cache key for a request, or undefined when its answer must not be shared. */
export function searchCacheKey(req, maxLength = 1024) {
  if (req.method !== "GET" && req.method !== "HEAD") return undefined;
  if (ROUTER_HEADERS.some((h) => req.headers[h] !== undefined)) return undefined;
  const url = req.url ?? "";
  if (url.length > maxLength) return undefined;
  const query = url.includes("?") ? url.slice(url.indexOf("?") + 1) : "";
  const seen = new Set();
  for (const key of new URLSearchParams(query).keys()) {
    if (!KEPT_PARAMS.has(key) || seen.has(key)) return undefined;
    seen.add(key);
  }
  return query;
}

/** Collects what the handler writes to `res`, and asks Next for an uncompressed answer to keep. */
function capture(req, res) {
  delete req.headers["accept-encoding"];
  const chunks = [];
  let size = 0;
  const write = res.write;
  const end = res.end;
  const keep = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
    chunks.push(buf);
    size += buf.length;
  };
  res.write = function (chunk, encoding, callback) {
    keep(chunk, encoding);
    return write.call(this, chunk, encoding, callback);
  };
  res.end = function (chunk, encoding, callback) {
    keep(chunk, encoding);
    return end.call(this, chunk, encoding, callback);
  };
  return () => {
    const type = String(res.getHeader("content-type") ?? "");
    if (res.statusCode !== 200 || !type.startsWith("text/html") || res.getHeader("set-cookie") !== undefined || !res.writableFinished)
      return undefined;
    const headers = Object.entries(res.getHeaders()).filter(([k]) => !TRANSFER_HEADERS.has(k));
    return { headers, body: Buffer.concat(chunks, size), gzip: undefined };
  };
}

function acceptsGzip(req) {
  return /\bgzip\b/i.test(String(req.headers["accept-encoding"] ?? ""));
}

function sendEntry(req, res, entry) {
  for (const [k, v] of entry.headers) res.setHeader(k, v);
  let body = entry.body;
  if (acceptsGzip(req) && body.length > 1024) {
    entry.gzip ??= gzipSync(body);
    body = entry.gzip;
    res.setHeader("Content-Encoding", "gzip");
  }
  res.statusCode = 200;
  res.setHeader("Content-Length", String(body.length));
  res.end(req.method === "HEAD" ? undefined : body);
}

export function createSearchGate({
  concurrency = 4,
  queueLimit = 32,
  maxEntries = 500,
  maxBytes = 32 * 1024 * 1024,
  maxEntryBytes = 1024 * 1024,
  retryAfterSeconds = 2,
} = {}) {
  const cache = new Map(); // key → entry, oldest first (LRU)
  let cachedBytes = 0;
  const inflight = new Map(); // key → Promise<entry | undefined>
  const queue = [];
  let active = 0;
  let waiting = 0; // requests waiting for a render of the same query

  function store(key, entry) {
    if (entry.body.length > maxEntryBytes || cache.has(key)) return;
    cache.set(key, entry);
    cachedBytes += entry.body.length;
    for (const [oldKey, old] of cache) {
      if (cache.size <= maxEntries && cachedBytes <= maxBytes) break;
      cache.delete(oldKey);
      cachedBytes -= old.body.length;
    }
  }

  function pump() {
    while (active < concurrency && queue.length > 0) {
      const job = queue.shift();
      if (!job.cancelled) job.run();
    }
  }

  function start(req, res, render, key) {
    active += 1;
    let settle = () => {};
    if (key !== undefined) inflight.set(key, new Promise((resolve) => (settle = resolve)));
    const finish = key !== undefined ? capture(req, res) : () => undefined;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      active -= 1;
      const entry = finish();
      if (key !== undefined) {
        if (entry) store(key, entry);
        inflight.delete(key);
        settle(entry);
      }
      pump();
    };
    res.once("finish", release);
    res.once("close", release);
    return render();
  }

  function admit(req, res, render, key) {
    if (active < concurrency) return start(req, res, render, key);
    if (queue.length >= queueLimit) {
      return reply(
        res,
        503,
        { "Retry-After": String(retryAfterSeconds), "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
        BUSY_PAGE,
        req.method,
      );
    }
    const job = { cancelled: false, run: () => start(req, res, render, key) };
    // A reader who gives up while waiting frees the place.
    res.once("close", () => {
      job.cancelled = true;
    });
    queue.push(job);
    return undefined;
  }

  return {
    handle(req, res, render) {
      const key = searchCacheKey(req);
      if (key !== undefined) {
        const hit = cache.get(key);
        if (hit) {
          cache.delete(key);
          cache.set(key, hit);
          return sendEntry(req, res, hit);
        }
        const pending = inflight.get(key);
        if (pending) {
          waiting += 1;
          return pending.then((entry) => {
            waiting -= 1;
            return entry ? sendEntry(req, res, entry) : admit(req, res, render, undefined);
          });
        }
      }
      // Only a GET's answer has the page in it; a HEAD may use one, never make one.
      return admit(req, res, render, req.method === "GET" ? key : undefined);
    },
    stats: () => ({ active, queued: queue.filter((j) => !j.cancelled).length, waiting, cached: cache.size, cachedBytes }),
  };
}
