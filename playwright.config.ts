import { defineConfig, devices } from "@playwright/test";

// Real parts only: Debian's Chromium against the production server (`npm start`: server/index.mjs, Next's
// own request handler behind the guard) and against the static export (out/, served by nginx from
// deploy/nginx.conf.template as a CDN would), never `next dev`.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const EXPORT_PORT = Number(process.env.E2E_EXPORT_PORT ?? 3101);
const EXPORT_URL = `http://127.0.0.1:${EXPORT_PORT}`;
// E2E_SERVER_ONLY=1 runs the server-mode projects alone (no out/ needed), for a quick local check after
// `npm run build`. `npm test` and CI never set it, so they always run both modes.
const SERVER_ONLY = process.env.E2E_SERVER_ONLY === "1";

const chromium = {
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  // Keep Chromium off the network: this machine has none, and tests must not depend on it.
  args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu"],
};

const phone = { ...devices["Pixel 7"], viewport: { width: 390, height: 844 }, launchOptions: chromium };
const desktop = { viewport: { width: 1280, height: 900 }, launchOptions: chromium };

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: /.*\.spec\.ts/,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // The JSON report (outside test-results/, which Playwright empties) feeds the one-line count that .ci/run prints.
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: { baseURL: BASE_URL, trace: "retain-on-failure", launchOptions: chromium, locale: "ja-JP" },
  // Specs that differ between modes read the project name: export projects start with "export-".
  // Two tags keep the slow parts to one run each. @sweep (axe on every wizard step and page type, the
  // external-link crawl: the same HTML in both modes) runs in one project: `export-phone`, where nginx
  // answers at once; with E2E_SERVER_ONLY in `phone`. @per-server (headers, methods, hostile URLs:
  // nothing that depends on the screen) runs once per server, in `desktop` and `export-desktop`.
  projects: SERVER_ONLY
    ? [
        { name: "phone", use: phone, grepInvert: /@per-server/ },
        { name: "desktop", use: desktop, grepInvert: /@sweep/ },
      ]
    : [
        { name: "phone", use: phone, grepInvert: /@sweep|@per-server/ },
        { name: "desktop", use: desktop, grepInvert: /@sweep/ },
        { name: "export-phone", use: { ...phone, baseURL: EXPORT_URL }, grepInvert: /@per-server/ },
        { name: "export-desktop", use: { ...desktop, baseURL: EXPORT_URL }, grepInvert: /@sweep/ },
      ],
  webServer: [
    {
      command: `node server/index.mjs -H 127.0.0.1 -p ${PORT}`,
      url: BASE_URL,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: "1" },
    },
    ...(SERVER_ONLY
      ? []
      : [
          {
            command: `npx tsx scripts/nginx.ts serve --root out --port ${EXPORT_PORT}`,
            url: EXPORT_URL,
            reuseExistingServer: false,
            timeout: 30_000,
          },
        ]),
  ],
});
