import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createGuard, LOCALE_HEADER, safeTarget } from "@/server/guard.mjs";
import { LOCALE_HEADER as PAGE_LOCALE_HEADER } from "@/lib/locale/request-header";
import { createSearchGate, searchCacheKey } from "@/server/search-gate.mjs";

// The production server's guard (server/guard.mjs) and search gate, in front of a stand-in for Next's
// handler that answers the way Next does (pages, a trailing-slash redirect with the address in its body,
// a crash), on a real HTTP server on 127.0.0.1.

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

const HEADERS: [string, string][] = [
  ["Content-Security-Policy", "default-src 'self'"],
  ["X-Frame-Options", "DENY"],
];

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function serve(handle: Handler, searchGate?: ReturnType<typeof createSearchGate>): Promise<string> {
  const server = createServer(createGuard({ handle, headers: HEADERS, searchGate, log: () => {} }));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function send(base: string, path: string, method = "GET", headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Like Next: pages echo their address into the body; "/x/" redirects to "/x" with the target in the body. */
const nextLike: Handler = (req, res) => {
  const url = req.url ?? "/";
  if (url.startsWith("/crash")) throw new Error("boom");
  const [path = "/", query] = url.split("?");
  if (path.length > 1 && path.endsWith("/")) {
    const target = `${path.slice(0, -1)}${query ? `?${query}` : ""}`;
    res.statusCode = 308;
    res.setHeader("Location", target);
    res.end(target);
    return;
  }
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.end(`<html lang="ja">page ${url}</html>`);
};

describe("server guard", () => {
  it("tells Next the language of the address asked for, whatever the client sent under that name", async () => {
    expect(LOCALE_HEADER).toBe(PAGE_LOCALE_HEADER);
    const base = await serve((req, res) => {
      res.end(String(req.headers[LOCALE_HEADER]));
    });
    for (const [path, locale] of [
      ["/en", "en"],
      ["/en/codes/au-pay/er323", "en"],
      ["/en?x=1", "en"],
      ["/", "ja"],
      ["/english", "ja"],
      ["/codes/au-pay/er323", "ja"],
    ] as const) {
      expect((await send(base, path, "GET", { [LOCALE_HEADER]: "xx" })).body, path).toBe(locale);
    }
  });

  it("puts the security headers on pages, redirects, 405s and 500s", async () => {
    const base = await serve(nextLike);
    for (const [path, method, status] of [
      ["/", "GET", 200],
      ["/codes/au-pay/er323/", "GET", 308],
      ["/", "POST", 405],
      ["/crash", "GET", 500],
    ] as const) {
      const answer = await send(base, path, method);
      expect(answer.status, `${method} ${path}`).toBe(status);
      for (const [k, v] of HEADERS) expect(answer.headers[k.toLowerCase()], `${method} ${path} ${k}`).toBe(v);
    }
  });

  it("answers every method but GET and HEAD with 405 and Allow, TRACE included, without calling Next", async () => {
    let calls = 0;
    const base = await serve((req, res) => {
      calls += 1;
      nextLike(req, res);
    });
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"]) {
      const answer = await send(base, "/codes/au-pay/er323", method);
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow).toBe("GET, HEAD");
    }
    expect(calls).toBe(0);
    expect((await send(base, "/", "HEAD")).status).toBe(200);
    expect(calls).toBe(1);
  });

  it("sends redirects without a body, so the target address (and what its query carries) is not echoed", async () => {
    const base = await serve(nextLike);
    const answer = await send(base, "/codes/au-pay/er323/?x=4111111111111111");
    expect(answer.status).toBe(308);
    expect(answer.headers.location).toBe("/codes/au-pay/er323?x=4111111111111111");
    expect(answer.body).toBe("");
  });

  it("never lets a page kept after its first render see the query, nor a card-number path reach a page", async () => {
    const base = await serve(nextLike);
    const variant = await send(base, "/codes/au-pay/er323/saison?x=4111111111111111&_rsc=abc");
    expect(variant.body).toBe('<html lang="ja">page /codes/au-pay/er323/saison?_rsc=abc</html>');
    expect((await send(base, "/diagnose/au-pay/er323?name=taro")).body).not.toContain("taro");
    for (const path of ["/codes/4111111111111111", "/codes/au-pay/4111-1111-1111-1111", "/diagnose/%EF%BC%94111111111111111"]) {
      expect((await send(base, path)).body, path).toBe('<html lang="ja">page /_not-found</html>');
    }
  });

  it("sends an address the build does not list under the routes rendered on demand to the not-found page", () => {
    const pages = new Set(["/codes/au-pay/er323/saison", "/diagnose/nanaco", "/diagnose/nanaco/pgse37"]);
    for (const url of [
      "/codes/au-pay/er323/saison",
      "/codes/AU-PAY/ER323/SAISON",
      "/codes/au-pay/er323/saison/",
      "/diagnose/nanaco/pgse37",
      "/codes/au-pay/er323",
      "/diagnose",
    ]) {
      expect(safeTarget(url, pages), url).toBe(url);
    }
    for (const url of [
      "/codes/au-pay/er323/no-such-issuer",
      "/codes/au-pay/er323/saison%2F..",
      "/diagnose/nanaco/er323",
      "/diagnose/NANACO",
      "/diagnose/%3Cscript%3E",
      "/codes/au-pay/er323/saison/more",
    ]) {
      expect(safeTarget(url, pages), url).toBe("/_not-found");
    }
    expect(safeTarget("/codes/au-pay/er323/saison?x=1&_rsc=a", pages)).toBe("/codes/au-pay/er323/saison?_rsc=a");
  });

  it("leaves other addresses as they are", () => {
    for (const url of [
      "/",
      "/codes/au-pay/er323?issuer=saison&utm_source=mail",
      "/diagnose?code=x",
      "/search?q=ER323",
      "/search?q=a&warn=card",
      "/_next/static/chunks/4111111111111111.js",
      "/codes/au-pay/%E3%81",
    ]) {
      expect(safeTarget(url), url).toBe(url);
    }
    expect(safeTarget("/search?q=ER323&x=4111111111111111&warn=1")).toBe("/search?q=ER323");
    expect(safeTarget("/search?x=1")).toBe("/search");
  });
});

describe("search gate", () => {
  /** A stand-in render that finishes when told to, counting how many ran. */
  function slowSearch() {
    const waiting: (() => void)[] = [];
    let renders = 0;
    const handle: Handler = (req, res) => {
      renders += 1;
      return new Promise<void>((resolve) => {
        waiting.push(() => {
          res.setHeader("Content-Type", "text/html; charset=utf-8");
          res.end(`<html>results for ${req.url} (${req.headers["accept-encoding"] ?? "identity"})</html>`);
          resolve();
        });
      });
    };
    return { handle, renders: () => renders, finishAll: () => waiting.splice(0).forEach((f) => f()), pending: () => waiting.length };
  }
  const tick = () => new Promise((r) => setTimeout(r, 20));
  /** Waits (up to 5 s) until `ready` holds: requests reach the server in their own time on a busy machine. */
  async function until(ready: () => boolean) {
    for (let i = 0; i < 250 && !ready(); i++) await tick();
    expect(ready()).toBe(true);
  }

  it("renders the same query once, however many ask at the same time, and keeps the answer", async () => {
    const search = slowSearch();
    const gate = createSearchGate({ concurrency: 2, queueLimit: 4 });
    const base = await serve(search.handle, gate);
    const answers = Promise.all(Array.from({ length: 10 }, () => send(base, "/search?q=ER323")));
    await until(() => gate.stats().waiting === 9);
    expect(search.renders()).toBe(1);
    search.finishAll();
    for (const a of await answers) {
      expect(a.status).toBe(200);
      // Rendered uncompressed once; the gate compresses copies itself.
      expect(a.body).toBe("<html>results for /search?q=ER323 (identity)</html>");
    }
    expect((await send(base, "/search?q=ER323", "GET", { "accept-encoding": "gzip" })).status).toBe(200);
    expect(search.renders()).toBe(1);
  });

  it("runs at most `concurrency` renders, queues a few, and answers 503 with Retry-After beyond", async () => {
    const search = slowSearch();
    const gate = createSearchGate({ concurrency: 2, queueLimit: 3, retryAfterSeconds: 2 });
    const base = await serve(search.handle, gate);
    const answers = Array.from({ length: 8 }, (_, i) => send(base, `/search?q=q${i}`));
    const done: Answer[] = [];
    answers.forEach((a) => void a.then((r) => done.push(r)));
    const statuses = () => done.map((a) => a.status);
    await until(() => statuses().length === 3);
    expect(statuses()).toEqual([503, 503, 503]);
    expect(search.renders()).toBe(2);
    expect(gate.stats()).toMatchObject({ active: 2, queued: 3 });
    const busy = done;
    expect(busy[0]?.headers["retry-after"]).toBe("2");
    expect(busy[0]?.headers["x-frame-options"]).toBe("DENY");
    expect(busy[0]?.body).toContain('lang="ja"');
    // The queue drains as renders finish: all five admitted requests get their page.
    await until(() => {
      search.finishAll();
      return statuses().filter((s) => s === 200).length === 5;
    });
    expect(search.renders()).toBe(5);
  });

  it("keeps only plain page answers: not Next's client-navigation requests, not HEAD-made ones", () => {
    const req = (url: string, method = "GET", headers: Record<string, string> = {}) =>
      ({ url, method, headers }) as unknown as IncomingMessage;
    expect(searchCacheKey(req("/search?q=ER323"))).toBe("q=ER323");
    expect(searchCacheKey(req("/search"))).toBe("");
    expect(searchCacheKey(req("/search?q=ER323", "GET", { rsc: "1" }))).toBeUndefined();
    expect(searchCacheKey(req("/search?q=ER323&_rsc=1"))).toBeUndefined();
    expect(searchCacheKey(req("/search?q=a&q=b"))).toBeUndefined();
    expect(searchCacheKey(req(`/search?q=${"a".repeat(2000)}`))).toBeUndefined();
  });

  it("does not keep a redirect or an error", async () => {
    let renders = 0;
    const base = await serve((req, res) => {
      renders += 1;
      res.statusCode = 307;
      res.setHeader("Location", "/search?warn=card");
      res.end("/search?warn=card");
    }, createSearchGate());
    for (let i = 0; i < 2; i++) expect((await send(base, "/search?q=4111111111111111")).status).toBe(307);
    expect(renders).toBe(2);
  });
});
