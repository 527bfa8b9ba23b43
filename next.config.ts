import type { NextConfig } from "next";
import { movedCodeRedirects } from "./lib/moved-codes";
import { SECURITY_HEADERS } from "./lib/security-headers";

// `npm run build:export` sets STATIC_EXPORT=1: a plain folder (out/) any static host serves as is.
// With output "export", distDir is the exported folder itself, so the server build in .next stays intact.
// Redirects, headers and proxy.ts do not apply there (no server); the 404 page offers the match instead.
const staticExport = process.env.STATIC_EXPORT === "1";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Server mode only: a static export ignores headers(), so static hosts read public/_headers instead.
  ...(staticExport
    ? { output: "export", distDir: "out" }
    : {
        async headers() {
          return [{ source: "/:path*", headers: [...SECURITY_HEADERS] }];
        },
        // A code that moved to another service (G44 from GMO-PG to the card networks' own codes) keeps
        // its old address, card-company pages included.
        async redirects() {
          return movedCodeRedirects();
        },
      }),
};

export default nextConfig;
