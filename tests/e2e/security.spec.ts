import { expect, test, type Page } from "@playwright/test";
import { SECURITY_HEADERS } from "@/lib/security-headers";
import { crawlPaths, PAGE_TYPES } from "./site-routes";

// Server mode (`next start`): headers, same-origin loading, safe external links, escaped query text.

test.describe("security headers", () => {
  test.beforeEach(({}, testInfo) => {
    // headers() needs a server: a static host sets them itself (see README and public/_headers).
    test.skip(testInfo.project.name.startsWith("export-"), "server mode only: the static export sends no headers of its own");
  });
  const urls = ["/", "/codes/au-pay/er323", "/codes/nanaco/does-not-exist"];
  for (const url of urls) {
    test(`${url} carries every security header`, async ({ request }) => {
      const response = await request.get(url);
      expect(response.status()).toBeLessThan(500);
      const headers = response.headers();
      for (const { key, value } of SECURITY_HEADERS) expect(headers[key.toLowerCase()], key).toBe(value);
      expect(headers["x-powered-by"]).toBeUndefined();
    });
  }

  test("scripts and styles are served with the headers too", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
    expect(asset, "home links a script").toBeDefined();
    const response = await request.get(asset ?? "");
    expect(response.status()).toBe(200);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  });
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

test.describe("nothing loads from another origin", () => {
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

test.describe("external links", () => {
  // The crawl (up to 500 pages) is checked in four parts, each in its own test: one test for all of it
  // ran close to its time limit on a busy machine, and the parts can run on both workers.
  const PARTS = 4;
  for (let part = 0; part < PARTS; part++) {
    test(`every external link is https, opens safely and shows its domain nearby (part ${part + 1}/${PARTS})`, async ({ browser, baseURL }, testInfo) => {
      // Link attributes do not depend on the screen; one project is enough.
      test.skip(testInfo.project.name !== "desktop", "checked once, on desktop");
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

test.describe("query text is never rendered as HTML", () => {
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
