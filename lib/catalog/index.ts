// The catalog's entry for the app: it reads data/ with node:fs, so a client island that imported it would
// fail the build instead of shipping the catalog. Tests and scripts that run outside Next (Playwright
// specs, tsx scripts) may import ./load directly.
import "server-only";

export * from "./load";
