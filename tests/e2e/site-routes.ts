import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

/**
 * Whether the app has a page at `app/<dir>/page.tsx` or in an optional catch-all right below it
 * (`app/<dir>/[[...x]]/page.tsx`), i.e. whether `/<dir>` itself is a route. Page types land on other
 * branches at different times; a spec checks a route once its page file exists, and then it must work.
 */
export function hasPage(dir: string): boolean {
  const base = path.join(process.cwd(), "app", dir);
  if (existsSync(path.join(base, "page.tsx"))) return true;
  if (!existsSync(base)) return false;
  return readdirSync(base).some((d) => d.startsWith("[[...") && existsSync(path.join(base, d, "page.tsx")));
}

/** Whether the app has a page at `app/<parent>/[anything]/page.tsx` (a dynamic segment, however named). */
export function hasDynamicPage(parent: string): boolean {
  const dir = path.join(process.cwd(), "app", parent);
  if (!existsSync(dir)) return false;
  return readdirSync(dir).some((d) => d.startsWith("[") && existsSync(path.join(dir, d, "page.tsx")));
}

/** One URL per page type, present or not yet on this branch. */
export const PAGE_TYPES: readonly { name: string; path: string; present: boolean }[] = [
  { name: "home", path: "/", present: true },
  { name: "code page", path: "/codes/au-pay/er323", present: true },
  { name: "card-company page", path: "/issuers/rakuten", present: hasDynamicPage("issuers") },
  { name: "service page", path: "/services/au-pay", present: hasDynamicPage("services") },
  { name: "search", path: "/search?q=ER323", present: hasPage("search") },
  { name: "diagnose", path: "/diagnose", present: hasPage("diagnose") },
  { name: "cause page", path: "/causes/threeds-not-enrolled", present: true },
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
