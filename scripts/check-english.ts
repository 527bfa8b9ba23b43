// npm run check:english — which catalog entries still lack English (data/en/, lib/catalog/schema/translation.ts):
// a count per kind, then each missing or stale field as file › entry › field (first 200 unless --all).
import { loadCatalog } from "../lib/catalog";
import { formatProblem } from "../lib/catalog/problem";
import { requiredEnglish, validateEnglish } from "../lib/catalog/translations";

// Piped into `head`, stop quietly instead of crashing on a closed pipe.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

const catalog = loadCatalog();
const problems = validateEnglish(catalog, catalog.english ?? {});
const required = requiredEnglish(catalog);
for (const [kind, entries] of Object.entries(required)) {
  const have = catalog.english?.[kind] ?? {};
  const all = Object.entries(entries).flatMap(([id, paths]) => paths.map((p) => have[id]?.[p]));
  const done = all.filter((t) => t !== undefined).length;
  console.log(`${kind.padEnd(8)} ${String(done).padStart(5)} of ${String(all.length).padStart(5)} fields in English`);
}
const shown = process.argv.includes("--all") ? problems : problems.slice(0, 200);
for (const p of shown) console.log(formatProblem(p));
if (shown.length < problems.length) console.log(`… and ${problems.length - shown.length} more (--all)`);
process.exitCode = problems.length === 0 ? 0 : 1;
