import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { MOVED_CODES } from "./lib/generated/moved-codes";
import { movedCodeRedirects } from "./lib/web/moved-code-redirects";
import { SECURITY_HEADERS } from "./lib/web/security-headers";
import { resolveSiteUrl } from "./lib/web/site";

// `npm run build:export` sets STATIC_EXPORT=1: a plain folder (out/) any static host serves as is.
// Redirects, headers and proxy.ts do not apply there (no server); the 404 page offers the match instead.
// scripts/build-export.mjs runs that build in a copy of the sources, so the server build in .next stays
// intact and a running `npm start` keeps answering.
const staticExport = process.env.STATIC_EXPORT === "1";

export default function config(phase: string): NextConfig {
  // Checked when a build starts (a deployment build without SITE_URL stops here with what to set) and baked
  // into it, so pages a server renders later use the same address as the prerendered ones.
  const siteUrl = phase === PHASE_PRODUCTION_BUILD ? resolveSiteUrl(process.env) : undefined;
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // Japanese (app/(ja)) and English (app/(en)) are two root layouts: one 404 page for addresses that
    // match neither (app/global-not-found.tsx).
    experimental: { globalNotFound: true },
    ...(siteUrl ? { env: { SITE_URL: siteUrl } } : {}),
    // CI and `npm test` type-check once (`npm run typecheck`) before building twice; a plain `npm run
    // build` keeps Next's own check.
    typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === "1" },
    ...(staticExport
      ? { output: "export", distDir: "out" }
      : {
          async headers() {
            return [{ source: "/:path*", headers: [...SECURITY_HEADERS] }];
          },
          // A code that moved to another service (G44 from GMO-PG to the card networks' own codes) keeps
          // its old address, card-company pages included.
          async redirects() {
            return movedCodeRedirects(MOVED_CODES);
          },
        }),
  };
}
