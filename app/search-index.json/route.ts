import { getSearchIndex } from "@/lib/search/server";

// Built once at build time into a static file; the search box fetches it the first time it is used,
// so the catalog never ships inside a page's JavaScript.
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(getSearchIndex("ja"));
}
