import { defineConfig, devices } from "@playwright/test";

// Real parts only: Debian's Chromium against the production server (`next start`), never `next dev`.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;

const chromium = {
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  // Keep Chromium off the network: this machine has none, and tests must not depend on it.
  args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu"],
};

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
  projects: [
    { name: "phone", use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 }, launchOptions: chromium } },
    { name: "desktop", use: { viewport: { width: 1280, height: 900 }, launchOptions: chromium } },
  ],
  webServer: {
    command: `npx next start -H 127.0.0.1 -p ${PORT}`,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
