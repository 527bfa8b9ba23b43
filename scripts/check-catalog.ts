// Run before `next build` (npm's prebuild): fails the build with every catalog problem named.
import { loadCatalog } from "../lib/catalog";
import { CatalogError } from "../lib/catalog/problem";

try {
  const c = loadCatalog();
  console.log(
    `catalog ok: ${c.services.length} services, ${c.codes.length} codes, ${c.causes.length} causes, ` +
      `${c.issuers.length} card companies, ${c.brands.length} brands, ${c.sources.length} sources`,
  );
} catch (e) {
  if (e instanceof CatalogError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
