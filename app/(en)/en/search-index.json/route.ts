import { getSearchIndex } from "@/lib/search/server";

// The English search index (English titles and links, Japanese words too): see app/search-index.json.
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(getSearchIndex("en"));
}
