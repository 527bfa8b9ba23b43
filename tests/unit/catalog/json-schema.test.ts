import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_DIR } from "@/lib/catalog";
import { JSON_SCHEMA_DIR, buildJsonSchemaFiles, schemaRefFor } from "@/lib/catalog/json-schema";
import { readCatalogDir } from "@/lib/catalog/read";

describe("the JSON Schema shipped with the data", () => {
  it("matches the zod schemas (run `npm run catalog:schema` when this fails)", () => {
    for (const [name, text] of Object.entries(buildJsonSchemaFiles())) {
      const committed = readFileSync(join(DATA_DIR, JSON_SCHEMA_DIR, name), "utf8");
      expect(committed, `data/${JSON_SCHEMA_DIR}/${name} is out of date: run npm run catalog:schema`).toBe(text);
    }
  });

  it("is named by every data file's $schema", () => {
    const files = readCatalogDir(DATA_DIR);
    expect(files.length).toBeGreaterThan(6);
    for (const f of files) {
      const json = "json" in f ? (f.json as Record<string, unknown>) : {};
      expect(json.$schema, f.file).toBe(schemaRefFor(f.file));
    }
  });

  it("describes the real fields, so an editor can complete and check them", () => {
    const codes = JSON.parse(buildJsonSchemaFiles()["codes.schema.json"]);
    const entry = codes.properties.codes.items;
    expect(entry.additionalProperties).toBe(false);
    expect(entry.required).toEqual(expect.arrayContaining(["slug", "code", "title", "meaning", "causes", "sources"]));
    // Fields with defaults stay optional for editors, as in the JSON they write.
    expect(entry.required).not.toContain("aliases");
    expect(entry.properties.meaning.enum).toEqual(["known", "uncertain", "unknown"]);
    const causes = JSON.parse(buildJsonSchemaFiles()["causes.schema.json"]);
    expect(causes.properties.causes.items.properties.steps.items.properties.issuerPart.enum).toEqual(expect.arrayContaining(["unlock", "fraud-unlock"]));
  });

  it("gives each data file the right relative path", () => {
    expect(schemaRefFor("sources.json")).toBe("./schema/sources.schema.json");
    expect(schemaRefFor("codes/gmo-pg.json")).toBe("../schema/codes.schema.json");
    expect(schemaRefFor("causes/nanaco.json")).toBe("../schema/causes.schema.json");
    expect(schemaRefFor("issuers/rakuten.json")).toBe("../schema/issuers.schema.json");
    expect(schemaRefFor("sources/google-play.json")).toBe("../schema/sources.schema.json");
    expect(schemaRefFor("unknown.json")).toBeUndefined();
  });
});
