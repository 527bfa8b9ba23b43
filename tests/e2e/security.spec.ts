import { expect, test, type Page } from "@playwright/test";
import { SECURITY_HEADERS } from "@/lib/web/security-headers";
import { crawlPaths, PAGE_TYPES } from "./site-routes";

// Both modes: `npm start` (server/index.mjs) and the export behind nginx (deploy/nginx.conf.template) send
// the same headers on every answer, answer only GET and HEAD, and never echo a card number.

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  for (const { key, value } of SECURITY_HEADERS) expect(headers[key.toLowerCase()], `${what}: ${key}`).toBe(value);
  expect(headers["x-powered-by"], what).toBeUndefined();
}

test.describe("security headers", { tag: "@per-server" }, () => {
  const urls = ["/", "/codes/au-pay/er323", "/codes/au-pay/er323/saison", "/codes/nanaco/does-not-exist"];
  for (const url of urls) {
    test(`${url} carries every security header`, async ({ request }) => {
      const response = await request.get(url);
      expect(response.status()).toBeLessThan(500);
      expectSecurityHeaders(response.headers(), url);
    });
  }

  test("the trailing-slash redirect carries them too, and no body", async ({ request }) => {
    const response = await request.get("/codes/au-pay/er323/", { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers()["location"]).toMatch(/^\/codes\/au-pay\/er323$/);
    expectSecurityHeaders(response.headers(), "308");
  });

  test("scripts and styles are served with the headers too", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
    expect(asset, "home links a script").toBeDefined();
    const response = await request.get(asset ?? "");
    expect(response.status()).toBe(200);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["cache-control"]).toContain("immutable");
  });
});

test.describe("only GET and HEAD", { tag: "@per-server" }, () => {
  test("HEAD answers like GET, without a body", async ({ request }) => {
    const response = await request.head("/codes/au-pay/er323");
    expect(response.status()).toBe(200);
    expect(await response.body()).toHaveLength(0);
  });

  for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"]) {
    test(`${method} on a page is a 405 with the headers, never a 500`, async ({ request }) => {
      const response = await request.fetch("/codes/au-pay/er323", { method, maxRedirects: 0 });
      expect(response.status()).toBe(405);
      expect(response.headers()["allow"]).toBe("GET, HEAD");
      expectSecurityHeaders(response.headers(), method);
    });
  }
});

test.describe("a card number in the request is never in the answer", { tag: "@per-server" }, () => {
  const CARD = "4111111111111111";
  // Made-up addresses under pages a server renders on first request: a fresh one each run, so the server
  // really renders it (and would keep whatever the first request's address carried).
  const fresh = `zz${Date.now().toString(36)}`;
  const targets = [
    `/search?q=${CARD}`,
    "/search?q=4111-1111-1111-1111",
    `/search?q=ER323&x=${CARD}`,
    `/search?warn=${CARD}`,
    `/codes/au-pay/er323/?x=${CARD}`,
    `/codes/au-pay/er323/saison?x=${CARD}`,
    `/codes/au-pay/er323/${fresh}?x=${CARD}`,
    `/diagnose/au-pay/${fresh}?x=${CARD}`,
    `/diagnose/au-pay/er323?x=${CARD}`,
    `/codes/au-pay/er323/${CARD}`,
    `/codes/${CARD}`,
    `/${CARD}`,
  ];
  for (const target of targets) {
    test(target.replace(fresh, "{fresh}"), async ({ request }) => {
      for (const maxRedirects of [0, 5]) {
        const response = await request.get(target, { maxRedirects });
        expect(response.status(), target).toBeLessThan(500);
        const body = await response.text();
        expect(body).not.toContain(CARD);
        expect(body).not.toContain("4111-1111-1111-1111");
      }
      // Nor in the page kept for everyone else.
      const later = await request.get(target.split("?")[0] ?? "/");
      expect(await later.text()).not.toContain(CARD);
    });
  }
});

/** Loads `path` and returns every request the page made, failing on any CSP report in the console. */
async function loadAndRecord(page: Page, path: string): Promise<{ requests: string[]; cspErrors: string[] }> {
  const requests: string[] = [];
  const cspErrors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  const response = await page.goto(path, { waitUntil: "networkidle" });
  expect(response?.status(), path).toBe(200);
  return { requests, cspErrors };
}

test.describe("nothing loads from another origin", { tag: "@per-server" }, () => {
  for (const type of PAGE_TYPES) {
    test(`${type.name} (${type.path})`, async ({ page, baseURL }, testInfo) => {
      const { requests, cspErrors } = await loadAndRecord(page, type.path);
      const own = new URL(baseURL ?? "").origin;
      const foreign = requests.filter((u) => !u.startsWith("data:") && new URL(u).origin !== own);
      testInfo.annotations.push({ type: "requests", description: `${type.path}: ${requests.length}` });
      expect(requests.length, "the listener saw the page itself").toBeGreaterThan(0);
      expect(foreign).toEqual([]);
      expect(cspErrors).toEqual([]);
    });
  }
});

test.describe("external links", { tag: "@sweep" }, () => {
  // The crawl (up to 500 pages) is checked in four parts, each in its own test: one test for all of it
  // ran close to its time limit on a busy machine, and the parts can run on both workers. Link attributes
  // depend neither on the screen nor on the mode: one project (@sweep, playwright.config.ts).
  const PARTS = 4;
  for (let part = 0; part < PARTS; part++) {
    test(`every external link is https, opens safely and shows its domain nearby (part ${part + 1}/${PARTS})`, async ({
      browser,
      baseURL,
    }, testInfo) => {
      // A quarter of the crawl: more than the default 30 s, bounded all the same.
      test.setTimeout(240_000);
      // Links, their rel and the text beside them are server-rendered; without scripts each page costs
      // a parse and a layout, not a hydration.
      const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
      const page = await context.newPage();
      const own = new URL(baseURL ?? "").origin;
      const paths = await crawlPaths(page, "/", 500);
      expect(paths).toContain("/codes/au-pay/er323");
      const problems: string[] = [];
      let external = 0;
      for (const path of paths.filter((_, i) => i % PARTS === part)) {
        await page.goto(path, { waitUntil: "domcontentloaded" });
        // Sources may sit in collapsed <details>; open them so the text a reader sees there counts.
        await page.locator("details").evaluateAll((all) => all.forEach((d) => d.setAttribute("open", "")));
        const links = await page.locator("a[href]").evaluateAll((anchors) =>
          anchors.map((a) => {
            const near = a.closest("li, p, dd, td, figcaption") ?? a.parentElement;
            return {
              href: (a as HTMLAnchorElement).href,
              rel: a.getAttribute("rel") ?? "",
              text: `${(a as HTMLElement).innerText} ${near instanceof HTMLElement ? near.innerText : ""}`,
            };
          }),
        );
        for (const link of links) {
          const url = new URL(link.href);
          if (url.origin === own || url.protocol === "mailto:" || url.protocol === "tel:") continue;
          external += 1;
          const where = `${path} → ${link.href}`;
          if (url.protocol !== "https:") problems.push(`${where}: not https`);
          if (!link.rel.split(/\s+/).includes("noopener")) problems.push(`${where}: rel lacks noopener ("${link.rel}")`);
          const domain = url.hostname.replace(/^www\./, "");
          if (!link.text.includes(domain)) problems.push(`${where}: domain ${domain} not shown nearby`);
        }
      }
      await context.close();
      testInfo.annotations.push({ type: "external links", description: `${external} on ${paths.length} pages` });
      expect(external, "code pages cite sources with links").toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });
  }
});

test.describe("query text is never rendered as HTML", { tag: "@per-server" }, () => {
  const payload = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">"'><svg onload="window.__pwned=3">`;
  const targets = [
    { name: "search", path: `/search?q=${encodeURIComponent(payload)}` },
    { name: "diagnose", path: `/diagnose?code=${encodeURIComponent(payload)}` },
    { name: "code page issuer", path: `/codes/au-pay/er323?issuer=${encodeURIComponent(payload)}` },
  ];
  for (const target of targets) {
    test(target.name, async ({ page }) => {
      const dialogs: string[] = [];
      page.on("dialog", async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      const response = await page.goto(target.path, { waitUntil: "networkidle" });
      expect(response?.status()).toBeLessThan(500);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      // None of the payload's elements made it into the document as elements.
      await expect(page.locator('img[src="x"], svg[onload]')).toHaveCount(0);
      const html = await response?.text();
      expect(html ?? "").not.toContain("<script>window.__pwned");
    });
  }
});
