import { z } from "zod";
import { FixerSchema, StepSchema, WaitSchema } from "../catalog/schema/cause";
import { LIKELIHOODS, MEANING_STATUSES } from "../catalog/schema/code";
import { IdSchema, SourceRefsSchema, TextSchema } from "../catalog/schema/common";
import { SourceSchema } from "../catalog/schema/source";

/**
 * The shapes of the public JSON API (v1), as zod schemas: lib/views/api-v1.ts builds its documents to these
 * types, and /api/v1/schema/api-*.schema.json publishes them as JSON Schema, so the two never drift.
 * Client-safe (no catalog reads).
 *
 * Languages: every field that was there before stays Japanese, as it was. Each document, each code and
 * each cause also carries `en`, an object with the same keys as its Japanese text fields and the English
 * text in them; lists (steps, dontDo, waits) are parallel to the Japanese ones, item for item. Fields that
 * are not text (ids, codes, enums, dates, URLs) are not repeated under `en`. Sources are cited in their
 * own language (most are Japanese pages) and have no `en`.
 */

/** The languages of a document: the first is the language of its top-level text fields, the others each have an object of their own (`en`). */
export const API_LANGUAGES = ["ja", "en"] as const;
const LanguagesSchema = z
  .tuple([z.literal("ja"), z.literal("en")])
  .describe("ja: the top-level text fields; en: the `en` objects beside them");

const en = <S extends z.ZodRawShape>(shape: S, what: string) =>
  z.object(shape).strict().describe(`English text of ${what}, with the same keys as its Japanese fields`);

export const ApiCodeBriefSchema = z
  .object({
    service: IdSchema,
    slug: IdSchema,
    code: TextSchema,
    aliases: z.array(TextSchema),
    formerKeys: z.array(IdSchema),
    title: TextSchema,
    meaning: z.enum(MEANING_STATUSES),
    url: z.string().min(1),
    api: z.string().min(1),
    en: en({ title: TextSchema }, "the code"),
  })
  .strict();

export const ApiCodesIndexSchema = z
  .object({
    version: z.literal(1),
    languages: LanguagesSchema,
    count: z.number().int().nonnegative(),
    codes: z.array(ApiCodeBriefSchema),
  })
  .strict();

export const ApiCauseSchema = z
  .object({
    id: IdSchema,
    likelihood: z.enum(LIKELIHOODS),
    note: TextSchema.optional(),
    title: TextSchema,
    summary: TextSchema,
    fixer: FixerSchema,
    steps: z.array(StepSchema),
    dontDo: z.array(TextSchema),
    waits: z.array(WaitSchema),
    sources: SourceRefsSchema,
    en: en(
      {
        note: TextSchema.optional(),
        title: TextSchema,
        summary: TextSchema,
        steps: z.array(z.object({ text: TextSchema }).strict()),
        dontDo: z.array(TextSchema),
        waits: z.array(z.object({ from: TextSchema, note: TextSchema.optional() }).strict()),
      },
      "the cause (steps, dontDo and waits item for item)",
    ),
  })
  .strict();

export const ApiCodeDetailSchema = ApiCodeBriefSchema.extend({
  version: z.literal(1),
  languages: LanguagesSchema,
  serviceName: TextSchema.optional(),
  summary: TextSchema,
  meaningNote: TextSchema.optional(),
  message: z.object({ text: TextSchema, quoted: z.boolean(), sources: SourceRefsSchema }).strict().optional(),
  causes: z.array(ApiCauseSchema),
  related: z.array(IdSchema),
  sources: z.array(SourceSchema.omit({ editorNote: true })),
  en: en(
    {
      title: TextSchema,
      serviceName: TextSchema.optional(),
      summary: TextSchema,
      meaningNote: TextSchema.optional(),
      message: z.object({ text: TextSchema }).strict().optional(),
    },
    "the code",
  ),
}).strict();

export type ApiCodeBrief = z.output<typeof ApiCodeBriefSchema>;
export type ApiCodesIndex = z.output<typeof ApiCodesIndexSchema>;
export type ApiCause = z.output<typeof ApiCauseSchema>;
export type ApiCodeDetail = z.output<typeof ApiCodeDetailSchema>;

/** The API's own JSON Schemas, served beside the data files' ones at /api/v1/schema/{name}. */
export const API_SCHEMAS = {
  "api-codes.schema.json": { title: "決済エラーナビ API v1: /api/v1/codes.json", schema: ApiCodesIndexSchema },
  "api-code.schema.json": { title: "決済エラーナビ API v1: /api/v1/codes/{service}/{code}.json", schema: ApiCodeDetailSchema },
} as const;

export type ApiSchemaFileName = keyof typeof API_SCHEMAS;

/** Each API JSON Schema as the text to serve. Output mode: the documents as published, every default filled in. */
export function buildApiSchemaFiles(): Record<ApiSchemaFileName, string> {
  const out = {} as Record<ApiSchemaFileName, string>;
  for (const [name, { title, schema }] of Object.entries(API_SCHEMAS) as [ApiSchemaFileName, (typeof API_SCHEMAS)[ApiSchemaFileName]][]) {
    const json = z.toJSONSchema(schema, { target: "draft-07", io: "output" });
    out[name] = `${JSON.stringify({ ...json, title }, null, 2)}\n`;
  }
  return out;
}
