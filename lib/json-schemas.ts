import { z } from "zod";
import { BrandSchema } from "./schema/brand";
import { CauseSchema } from "./schema/cause";
import { CodeSchema } from "./schema/code";
import { IssuerSchema } from "./schema/issuer";
import { ServiceSchema } from "./schema/service";
import { SourceSchema } from "./schema/source";

/**
 * The catalog's entry shapes as JSON Schema, generated from the zod schemas (the single source of truth),
 * so what we publish can never drift from what the build accepts. "input" = the shape written in data/.
 */
const SCHEMAS = {
  source: SourceSchema,
  brand: BrandSchema,
  service: ServiceSchema,
  issuer: IssuerSchema,
  cause: CauseSchema,
  code: CodeSchema,
} as const;

export const SCHEMA_NAMES = Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[];

export function jsonSchemaOf(name: string): object | undefined {
  if (!Object.hasOwn(SCHEMAS, name)) return undefined;
  const schema = SCHEMAS[name as keyof typeof SCHEMAS];
  return { $id: `/api/v1/schema/${name}.json`, title: name, ...z.toJSONSchema(schema, { io: "input" }) };
}
