/**
 * Where the site lives, for canonical URLs, OpenGraph, the sitemap and robots.txt.
 * Set SITE_URL when building for a real host; the default is the local `npm run serve` address, so a
 * local build never points search engines (or Lighthouse's canonical check) at a host that is not there.
 */
export const SITE_URL = (process.env.SITE_URL ?? "http://127.0.0.1:3000").replace(/\/+$/, "");

/** An absolute URL on this site for a path that starts with "/". */
export const absoluteUrl = (path: string): string => `${SITE_URL}${path}`;
