import type { SearchEngine } from "@/lib/search/engine";
import { searchIndexUrl } from "@/lib/search/index-url";
import type { SearchIndex } from "@/lib/search/types";

let pending: Promise<SearchEngine> | undefined;

const isIndex = (x: unknown): x is SearchIndex =>
  typeof x === "object" && x !== null && (x as { version?: unknown }).version === 1 && Array.isArray((x as { docs?: unknown }).docs);

/**
 * Loads the engine code and the prerendered index the first time search is used (focus or typing), so
 * neither weighs on a page's first load. Only the static index file is fetched: the query never leaves
 * the browser. A failure is forgotten so the next attempt tries again.
 */
export function loadSearchEngine(): Promise<SearchEngine> {
  pending ??= Promise.all([
    import("@/lib/search/engine"),
    fetch(searchIndexUrl(), { credentials: "omit" }).then(async (res) => {
      if (!res.ok) throw new Error(`search index: HTTP ${res.status}`);
      const json: unknown = await res.json();
      if (!isIndex(json)) throw new Error("search index: unexpected shape");
      return json;
    }),
  ]).then(([mod, index]) => mod.createSearchEngine(index));
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
