/** Where the prerendered search index is served (app/search-index.json/route.ts). */
export const SEARCH_INDEX_URL = "/search-index.json";
