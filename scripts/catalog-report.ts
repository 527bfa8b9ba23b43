// npm run catalog:report — what the catalog holds and what it rests on (counts by service and by
// source confidence; every code and cause that rests only on third-party or seed sources).
import { loadCatalog } from "../lib/catalog";
import { CatalogError } from "../lib/catalog/problem";
import { buildCatalogReport, formatCatalogReport } from "../lib/catalog/report";

try {
  process.stdout.write(formatCatalogReport(buildCatalogReport(loadCatalog())));
} catch (e) {
  if (e instanceof CatalogError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
