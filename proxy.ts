import { NextResponse, type NextRequest } from "next/server";
import { inLocalePath, japanesePath, localeOfPath } from "./lib/locale";
import { canonicalHelpPath } from "./lib/web/canonical-path";

// Server mode only (`next start`): a static export has no proxy. Static hosts answer undecodable paths
// with their own 404, and there the not-found page offers the forgiving-URL match instead of a redirect.
export function proxy(request: NextRequest): NextResponse {
  // Next 16 answers a path it cannot percent-decode (e.g. /codes/au-pay/%E3%81, half a UTF-8 character)
  // with a bare 500 "Internal Server Error" (vercel/next.js#92527). Such a URL names no page, so we answer
  // with the site's not-found page and status 404 instead, before routing tries to decode it.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return NextResponse.rewrite(new URL("/_not-found", request.url), { status: 404 });
  }
  // Forgiving URLs for help pages: catalog ids are lower-case, so /codes/AU-PAY/ER323 is a permanent
  // redirect to /codes/au-pay/er323 (and the old ?issuer= query becomes the prerendered child path).
  // English pages (/en/…) are the Japanese ones under a prefix: the same rule, and the prefix kept.
  const { pathname } = request.nextUrl;
  const target = canonicalHelpPath(japanesePath(pathname), request.nextUrl.searchParams);
  if (!target) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = inLocalePath(target, localeOfPath(pathname));
  url.searchParams.delete("issuer");
  return NextResponse.redirect(url, 308);
}

// The proxy runs only where it can act, so ordinary requests cost nothing (running it costs about 40 % of
// a prerendered page's server time: `npm run load` went from about 750 to 1,200 requests/s without it).
// The matcher sees the raw, still-encoded path and is case-sensitive, so it picks out exactly:
// paths with a "%", help pages with an upper-case letter, and the old ?issuer= query with a value (an empty
// one names nothing, so that page answers as it is). Next itself redirects repeated slashes first.
export const config = {
  matcher: [
    "/(.*%.*)",
    "/:prefix(codes|issuers|services)/:rest(.*[A-Z].*)",
    "/:prefix(CODES|Codes|ISSUERS|Issuers|SERVICES|Services)/:rest*",
    { source: "/codes/:rest*", has: [{ type: "query", key: "issuer" }] },
    "/en/:prefix(codes|issuers|services)/:rest(.*[A-Z].*)",
    "/en/:prefix(CODES|Codes|ISSUERS|Issuers|SERVICES|Services)/:rest*",
    { source: "/en/codes/:rest*", has: [{ type: "query", key: "issuer" }] },
  ],
};
