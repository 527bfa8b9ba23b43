import { NextResponse, type NextRequest } from "next/server";

// Next 16 answers a path it cannot percent-decode (e.g. /codes/au-pay/%E3%81, half a UTF-8 character)
// with a bare 500 "Internal Server Error" (vercel/next.js#92527). Such a URL names no page, so we answer
// with the site's not-found page and status 404 instead, before routing tries to decode it.
// Static hosts serve files by path and answer 404 themselves; this only matters for `next start`.
export function proxy(request: NextRequest): NextResponse {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL("/_not-found", request.url), { status: 404 });
  }
}

// Only a path with a "%" can fail to decode, so the proxy runs for those alone and costs ordinary
// requests nothing (the matcher sees the raw, still-encoded path).
export const config = { matcher: "/(.*%.*)" };
