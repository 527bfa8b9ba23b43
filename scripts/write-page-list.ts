// Run after every server build (npm's postbuild): writes .next/on-demand-pages.json, the addresses of the
// pages the server renders on first request (card-company variants, wizard steps; lib/views/build-mode.ts).
// server/index.mjs refuses to start without it and answers any other address under those routes with the
// prerendered not-found page, so a made-up address is neither rendered nor kept, and Next's not-found for
// a route rendered on demand (only drawn in the browser, vercel/next.js#62228) is never sent.
import { existsSync, writeFileSync } from "node:fs";
import { onDemandPaths } from "../lib/views/build-mode";

export const PAGE_LIST_FILE = ".next/on-demand-pages.json";

if (!existsSync(".next/BUILD_ID")) {
  console.error(`${PAGE_LIST_FILE}: no server build in .next (run \`npm run build\`)`);
  process.exit(1);
}
const paths = onDemandPaths();
writeFileSync(PAGE_LIST_FILE, `${JSON.stringify({ paths })}\n`);
console.log(`${PAGE_LIST_FILE}: ${paths.length} pages rendered on first request`);
