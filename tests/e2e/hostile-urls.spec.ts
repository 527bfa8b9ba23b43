import http from "node:http";
import { expect, test } from "@playwright/test";

// Tampered URLs get a clear 4xx page, never a 500, a file from outside the site, or an echoed script.

type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** Sends `path` byte for byte (no URL normalisation, unlike a browser), so encoded dots stay encoded. */
function rawGet(baseURL: string, path: string): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, path, method: "GET", headers: { accept: "text/html" } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/**
 * Follows redirects (trailing-slash and dot-segment clean-ups) while they stay on this site; fails on a
 * redirect elsewhere. Returns the final answer and the hops taken.
 */
async function rawGetFollowing(baseURL: string, path: string): Promise<RawResponse & { hops: string[] }> {
  const hops: string[] = [];
  let response = await rawGet(baseURL, path);
  while (response.status >= 300 && response.status < 400 && hops.length < 5) {
    const location = response.headers.location ?? "";
    expect(location.startsWith("/") && !location.startsWith("//") && !location.startsWith("/\\"), `redirect ${location}`).toBe(true);
    hops.push(`${response.status} ${location}`);
    response = await rawGet(baseURL, location);
  }
  return { ...response, hops };
}

const LONG = "a".repeat(5_000);

const HOSTILE_PATHS: readonly string[] = [
  // encoded slashes
  "/codes/au-pay%2Fer323",
  "/codes/au-pay/..%2F..%2F..%2Fpackage.json",
  "/codes%2Fnanaco%2Fpgse37",
  // encoded slashes and backslashes that, decoded, would name an existing child page
  "/codes/au-pay/er323%2Fsaison",
  "/codes/au-pay/er323%5Csaison",
  "/codes/au-pay/er323/saison%2F..%2F..%2Fer323",
  // encoded dots
  "/%2e%2e/%2e%2e/package.json",
  "/codes/%2e%2e/%2e%2e/next.config.ts",
  "/codes/au-pay/%2e%2e%2f%2e%2e%2fdata%2fissuers.json",
  "/_next/static/%2e%2e/%2e%2e/%2e%2e/package.json",
  "/codes/nanaco/%2E%2E",
  // long paths
  `/codes/au-pay/${LONG}`,
  `/${LONG}`,
  `/codes/${LONG}/${LONG.slice(0, 100)}`,
  // broken percent-encoding (half a UTF-8 character, non-hex digits, a lone %)
  "/codes/au-pay/%E3%81",
  "/codes/%E3%81/er323",
  "/%E3%81",
  "/codes/%ZZ/x",
  "/codes/au-pay/%",
  "/codes/au-pay/er323%",
  "/codes/au-pay/%C0%AF",
  // NUL, backslashes, script in the path
  "/codes/au-pay/er323%00",
  "/%5c%5cexample.com/",
  "/codes/au-pay/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  // the wizard's answers, the search page and the API under the same abuse
  "/diagnose/%E3%81",
  "/diagnose/code/au-pay%2Fer323",
  "/diagnose/code/%2e%2e/%2e%2e/package.json",
  `/diagnose/${LONG}`,
  "/diagnose/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "/search/%E3%81",
  "/api/v1/%2e%2e%2f%2e%2e%2fpackage.json",
  "/api/v1/codes.json%00",
];

// The answers do not depend on the screen: checked once per server (@per-server: desktop for `npm start`,
// export-desktop for nginx serving the export from deploy/nginx.conf.template).
test.describe("hostile paths get a 4xx page", { tag: "@per-server" }, () => {
  for (const path of HOSTILE_PATHS) {
    test(`${path.length > 80 ? `${path.slice(0, 60)}… (${path.length} chars)` : path}`, async ({ baseURL }) => {
      const response = await rawGetFollowing(baseURL ?? "", path);
      expect(response.status, `${path} → ${[...response.hops, response.status].join(" → ")}`).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.headers["content-type"] ?? "").toContain("text/html");
      // A page of the site (its not-found page), not a bare error or a file from outside public/.
      expect(response.body).toContain('<html lang="ja"');
      expect(response.body).not.toContain("devDependencies");
      expect(response.body).not.toContain("<script>alert(1)");
    });
  }

  test("a protocol-relative path does not redirect to another site", async ({ baseURL }) => {
    const response = await rawGet(baseURL ?? "", "//example.com/");
    expect(response.status).toBeLessThan(500);
    const location = response.headers.location;
    if (location !== undefined) {
      expect(location.startsWith("/") && !location.startsWith("//")).toBe(true);
      expect(new URL(location, baseURL).origin).toBe(new URL(baseURL ?? "").origin);
    }
  });
});

test.describe("hostile queries are never a 500 nor echoed", { tag: "@per-server" }, () => {
  const script = "<script>window.__pwned=1</script>";
  const targets = [
    { path: `/?q=${script}` },
    { path: `/codes/au-pay/er323?issuer=${script}` },
    { path: `/codes/au-pay/er323?issuer=%E3%81` },
    { path: `/search?q=${script}` },
    { path: `/search?q=%E3%81` },
    { path: `/search?q=${"%F0%9F%92%B3".repeat(1_000)}` },
    { path: `/diagnose?code=${script}` },
    { path: `/diagnose?code=%2e%2e%2f%2e%2e%2fpackage.json` },
  ];
  for (const target of targets) {
    test(target.path.slice(0, 80), async ({ page }) => {
      const response = await page.goto(target.path);
      const status = response?.status() ?? 0;
      expect(status).toBeGreaterThanOrEqual(200);
      expect(status).toBeLessThan(500);
      const html = (await response?.text()) ?? "";
      expect(html).not.toContain(script);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });
  }
});
