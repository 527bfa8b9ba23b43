import type { Page } from "@playwright/test";

/**
 * One URL per page type. Every spec that walks these must fail, not skip, when a route disappears:
 * deleting a page type should turn its security and hostile-URL tests red.
 */
export const PAGE_TYPES: readonly { name: string; path: string }[] = [
  { name: "home", path: "/" },
  { name: "code page", path: "/codes/au-pay/er323" },
  { name: "code page with a card company", path: "/codes/au-pay/er323/rakuten" },
  { name: "card-company page", path: "/issuers/rakuten" },
  { name: "brand page", path: "/brands/visa" },
  { name: "service page", path: "/services/au-pay" },
  { name: "search", path: "/search?q=ER323" },
  { name: "diagnose", path: "/diagnose" },
  { name: "cause page", path: "/causes/threeds-not-enrolled" },
  { name: "cause page with a card company", path: "/causes/threeds-not-enrolled/seven-card" },
  { name: "a card company's parts (fetched by pages)", path: "/company-parts/rakuten" },
];

/**
 * Every same-origin page reachable by links from `start`, by path (queries dropped), at most `limit`.
 * Uses the server's HTML, so it is cheap: no browser rendering.
 */
export async function crawlPaths(page: Page, start: string, limit: number): Promise<string[]> {
  const seen = new Set<string>([start]);
  const queue = [start];
  const found: string[] = [];
  while (found.length < limit) {
    const p = queue.shift();
    if (p === undefined) break;
    const response = await page.request.get(p);
    if (!response.ok() || !(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    found.push(p);
    const html = await response.text();
    for (const m of html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) {
      const href = (m[1] ?? "").replaceAll("&amp;", "&");
      if (!href.startsWith("/") || href.startsWith("//")) continue;
      const next = href.split(/[?#]/)[0] ?? "";
      if (next === "" || next.startsWith("/_next/") || /\.[a-z0-9]+$/i.test(next) || seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return found;
}
