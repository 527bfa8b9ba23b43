// Regenerates data/schema/*.schema.json from the zod schemas (npm run catalog:schema).
// A unit test fails when the committed files are out of date.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "../lib/catalog";
import { JSON_SCHEMA_DIR, buildJsonSchemaFiles } from "../lib/catalog/json-schema";

const dir = join(DATA_DIR, JSON_SCHEMA_DIR);
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(buildJsonSchemaFiles())) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote data/${JSON_SCHEMA_DIR}/${name}`);
}
