import { NextResponse, type NextRequest } from "next/server";
import { canonicalHelpPath } from "./lib/canonical-path";

/**
 * Server mode only (the static export has no server; there the 404 page offers the match):
 * forgiving URLs for help pages, e.g. /codes/AU-PAY/ER323 → /codes/au-pay/er323 with a permanent redirect.
 */
export function proxy(request: NextRequest) {
  const target = canonicalHelpPath(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (!target) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  url.searchParams.delete("issuer");
  return NextResponse.redirect(url, 308);
}

export const config = {
  matcher: ["/codes/:path*", "/issuers/:path*", "/services/:path*", "/CODES/:path*", "/Codes/:path*"],
};
