// What every answer of the production server goes through before and around Next's request handler
// (server/index.mjs). Plain JavaScript, so the server runs with node alone; tests/unit/server-guard.test.ts
// drives it with a stand-in handler.
//  - the security headers on every answer, including Next's own redirects and 500s, which skip headers();
//  - GET and HEAD only: anything else (POST, TRACE, …) is a 405 saying what is allowed, never a page
//    and never a 500;
//  - redirects carry no body: Next writes the target address into it (a card number in the query too),
//    and Location is all a client needs;
//  - under the routes rendered on first request (card-company variants, later wizard steps), an address
//    the build does not list (.next/on-demand-pages.json) gets the prerendered not-found page before any
//    rendering: Next's own not-found there is drawn only in the browser (vercel/next.js#62228), and a
//    made-up address would be rendered and kept. The listed pages never see the query: Next writes the
//    first request's address into the page it then keeps for everyone, so `?x=<card number>` would reach
//    every later reader. A path with a card-number-like run of digits gets the not-found page too;
//  - /search through the search gate (bounded renders, one render per query, 503 when the queue is long).

const ALLOWED = new Set(["GET", "HEAD"]);

/** Ends `res` with a small plain answer; the security headers are already on it. */
export function reply(res, status, headers, body, method) {
  res.statusCode = status;
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  const bytes = Buffer.from(body, "utf8");
  res.setHeader("Content-Length", String(bytes.length));
  res.end(method === "HEAD" ? undefined : bytes);
}

// Rendered on demand and then kept (see app/(ja)/codes/[service]/[code]/[issuer], app/(ja)/causes/[cause]/[issuer]
// and app/(ja)/diagnose), in Japanese and under /en in English.
const ON_DEMAND = /^(?:\/en)?\/(codes\/[^/?]+\/[^/?]+\/[^?]|causes\/[^/?]+\/[^?]|diagnose\/)/;
const CODE_PAGE = /^(?:\/en)?\/codes\//;
// 13 or more digits (ASCII or full-width), single spaces or hyphens between: every card number, and no
// page address (codes have at most a few digits in a row).
const LONG_DIGITS = /[0-9０-９](?:[\s\u3000-]?[0-9０-９]){12}/;

/** Rebuilds the query with only the parameters `keep` accepts; the target as it was when nothing goes. */
function keepParams(path, query, keep) {
  const params = [...new URLSearchParams(query)];
  const kept = params.filter(([k, v], i) => keep(k, v) && params.findIndex(([k2]) => k2 === k) === i);
  if (kept.length === params.length) return `${path}?${query}`;
  return kept.length === 0 ? path : `${path}?${new URLSearchParams(kept)}`;
}

const NOT_FOUND = "/_not-found";
/** The language of the address asked for, for the not-found page (lib/locale/request-header.ts). */
export const LOCALE_HEADER = "x-kessai-locale";

/**
 * The address Next gets to see: the same, without what a kept page or a reply must not carry. `pages`
 * (a Set of paths) lists what exists under the routes rendered on demand; without it nothing is refused.
 */
export function safeTarget(url, pages) {
  const target = url ?? "/";
  const q = target.indexOf("?");
  const path = q === -1 ? target : target.slice(0, q);
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Left to proxy.ts, which answers an undecodable path with the not-found page.
  }
  if (!path.startsWith("/_next/") && LONG_DIGITS.test(decoded)) return NOT_FOUND;
  const onDemand = ON_DEMAND.test(path);
  // Case and a trailing slash are Next's to fix (proxy.ts lower-cases help pages; Next drops the slash).
  const listed = (p) => pages.has(p) || (CODE_PAGE.test(p) && pages.has(p.toLowerCase()));
  if (onDemand && pages && !path.endsWith("/") && !listed(path)) return NOT_FOUND;
  if (q === -1) return target;
  const query = target.slice(q + 1);
  // /search renders per request and writes its address into the page: only what it reads goes in (q,
  // which it checks for card numbers itself, and warn=card). Next's client-navigation marker stays.
  if (isSearchPath(path)) return keepParams(path, query, (k, v) => k === "q" || k === "_rsc" || (k === "warn" && v === "card"));
  if (onDemand) return keepParams(path, query, (k) => k === "_rsc");
  return target;
}

const isRedirect = (res) => res.statusCode >= 300 && res.statusCode < 400;

/** From here on, a 3xx answer's body is dropped (Content-Length 0), whatever the handler writes. */
function dropRedirectBodies(res) {
  const write = res.write;
  const end = res.end;
  res.write = function (chunk, encoding, callback) {
    if (!isRedirect(res)) return write.call(this, chunk, encoding, callback);
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done);
    return true;
  };
  res.end = function (chunk, encoding, callback) {
    if (!isRedirect(res)) return end.call(this, chunk, encoding, callback);
    if (!res.headersSent) res.setHeader("Content-Length", "0");
    const done = [chunk, encoding, callback].find((a) => typeof a === "function");
    return done ? end.call(this, done) : end.call(this);
  };
}

/** Is this the search page, in either language (not /search-index.json, not /search/x)? */
export function isSearchPath(url) {
  const path = (url ?? "").split("?", 1)[0];
  return path === "/search" || path === "/en/search";
}

/**
 * A request listener. `handle(req, res)` is Next's handler; `headers` the [name, value] pairs every answer
 * carries; `pages` the Set of paths rendered on demand (see safeTarget); `searchGate`
 * (server/search-gate.mjs) or undefined.
 */
export function createGuard({ handle, headers, pages, searchGate, log = console.error }) {
  return function guard(req, res) {
    for (const [k, v] of headers) res.setHeader(k, v);
    const method = req.method ?? "GET";
    if (!ALLOWED.has(method)) {
      return reply(
        res,
        405,
        { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
        "405 Method Not Allowed: this site only answers GET and HEAD.\n",
        method,
      );
    }
    dropRedirectBodies(res);
    // The not-found page is one page for both languages (app/global-not-found.tsx): it speaks the
    // language of the address asked for, which it cannot see once the address is /_not-found.
    req.headers[LOCALE_HEADER] = /^\/en(\/|\?|$)/.test(req.url ?? "") ? "en" : "ja";
    req.url = safeTarget(req.url, pages);
    const run = () =>
      Promise.resolve()
        .then(() => handle(req, res))
        .catch((error) => {
          log(`server: ${req.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
          if (!res.headersSent)
            reply(
              res,
              500,
              { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
              "500 Internal Server Error\n",
              method,
            );
          else res.destroy();
        });
    if (searchGate && isSearchPath(req.url)) return searchGate.handle(req, res, run);
    return run();
  };
}
