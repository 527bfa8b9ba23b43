import { z } from "zod";
import { BrandSchema } from "./schema/brand";
import { CauseSchema } from "./schema/cause";
import { CodeSchema } from "./schema/code";
import { IssuerSchema } from "./schema/issuer";
import { ServiceSchema } from "./schema/service";
import { SourceSchema } from "./schema/source";
import { CauseQuestionSchema, IssuerQuestionSchema, NodeSchema } from "./schema/wizard";

/** Where the generated JSON Schemas live, under data/ (lib/catalog/read skips this folder). */
export const JSON_SCHEMA_DIR = "schema";

/** A data file's shape for editors: the file shell with its entries' real schema inside. */
const file = <K extends string>(key: K, entry: z.ZodType, extra: z.ZodRawShape = {}) =>
  z.object({ $schema: z.string().optional(), ...extra, [key]: z.array(entry) }).strict();

/**
 * One JSON Schema per kind of data file, generated from the zod schemas so the two never drift.
 * Keyed by file name under data/schema/. Input mode: fields with defaults are optional, as in the
 * JSON an editor writes. Draft-07 because most editors complete and check it.
 */
export const DATA_FILE_SCHEMAS = {
  "sources.schema.json": { title: "決済エラーナビ: sources.json", schema: file("sources", SourceSchema) },
  "brands.schema.json": { title: "決済エラーナビ: brands.json", schema: file("brands", BrandSchema) },
  "services.schema.json": { title: "決済エラーナビ: services.json", schema: file("services", ServiceSchema) },
  "issuers.schema.json": { title: "決済エラーナビ: issuers.json", schema: file("issuers", IssuerSchema) },
  "causes.schema.json": { title: "決済エラーナビ: causes/*.json", schema: file("causes", CauseSchema) },
  "codes.schema.json": {
    title: "決済エラーナビ: codes/{service}.json",
    schema: file("codes", CodeSchema, { service: z.string().min(1) }),
  },
  "wizard.schema.json": {
    title: "決済エラーナビ: wizard.json",
    schema: z
      .object({
        $schema: z.string().optional(),
        start: z.string().min(1),
        nodes: z.array(NodeSchema),
        questions: z.array(CauseQuestionSchema),
        issuerQuestion: IssuerQuestionSchema,
      })
      .strict(),
  },
} as const;

export type JsonSchemaFileName = keyof typeof DATA_FILE_SCHEMAS;

/** The JSON Schema file each data file (path under data/) should name in its "$schema". */
export function schemaFileFor(dataFile: string): JsonSchemaFileName | undefined {
  // A kind lives in `kind.json` or in files under `kind/`; both name the same schema.
  const folder = /^([a-z]+)\/[^/]+\.json$/.exec(dataFile)?.[1];
  const name = `${folder ?? dataFile.replace(/\.json$/, "")}.schema.json`;
  return name in DATA_FILE_SCHEMAS ? (name as JsonSchemaFileName) : undefined;
}

/** The "$schema" value a data file should carry: a path relative to the file. */
export function schemaRefFor(dataFile: string): string | undefined {
  const target = schemaFileFor(dataFile);
  if (target === undefined) return undefined;
  const depth = dataFile.split("/").length - 1;
  return `${depth === 0 ? "./" : "../".repeat(depth)}${JSON_SCHEMA_DIR}/${target}`;
}

/** Every JSON Schema as the text to write (stable key order, trailing newline). */
export function buildJsonSchemaFiles(): Record<JsonSchemaFileName, string> {
  const out = {} as Record<JsonSchemaFileName, string>;
  for (const [name, { title, schema }] of Object.entries(DATA_FILE_SCHEMAS) as [
    JsonSchemaFileName,
    (typeof DATA_FILE_SCHEMAS)[JsonSchemaFileName],
  ][]) {
    const json = z.toJSONSchema(schema, { target: "draft-07", io: "input" });
    out[name] = `${JSON.stringify({ ...json, title }, null, 2)}\n`;
  }
  return out;
}
