import { z } from "zod";
import { BrandSchema } from "./brand";
import { CauseSchema } from "./cause";
import { CodeSchema } from "./code";
import { IssuerSchema } from "./issuer";
import { ServiceSchema } from "./service";
import { SourceSchema } from "./source";
import type { Translations } from "./translation";
import type { Wizard } from "./wizard";

/**
 * Each data file is an object with one list, so editors can point "$schema" at a JSON Schema.
 * Code files also name their service once, instead of on every entry.
 */
export const SourcesFileSchema = z.object({ $schema: z.string().optional(), sources: z.array(z.unknown()) }).strict();
export const BrandsFileSchema = z.object({ $schema: z.string().optional(), brands: z.array(z.unknown()) }).strict();
export const ServicesFileSchema = z.object({ $schema: z.string().optional(), services: z.array(z.unknown()) }).strict();
export const IssuersFileSchema = z.object({ $schema: z.string().optional(), issuers: z.array(z.unknown()) }).strict();
export const CausesFileSchema = z.object({ $schema: z.string().optional(), causes: z.array(z.unknown()) }).strict();
export const CodesFileSchema = z
  .object({ $schema: z.string().optional(), service: z.string().min(1), codes: z.array(z.unknown()) })
  .strict();

/** A code together with the service it belongs to; `key` is "service/slug". */
export type CatalogCode = z.infer<typeof CodeSchema> & { service: string; key: string };

export type Catalog = {
  sources: z.infer<typeof SourceSchema>[];
  brands: z.infer<typeof BrandSchema>[];
  services: z.infer<typeof ServiceSchema>[];
  issuers: z.infer<typeof IssuerSchema>[];
  causes: z.infer<typeof CauseSchema>[];
  codes: CatalogCode[];
  /** The diagnosis wizard's question graph (data/wizard.json); optional so partial catalogs in tests stay valid. */
  wizard?: Wizard;
  /** Which file each entry came from, keyed "kind:id", so problems can name it. */
  origins: Record<string, string>;
  /** Entries ("kind:id") left out because their shape was wrong; already reported, so references
   * to them are not reported again as missing. */
  rejected: string[];
  /** English twins from data/en/ (see lib/catalog/schema/translation.ts), by kind, id and field path. */
  english?: Translations;
};

export type EntityKind = "source" | "brand" | "service" | "issuer" | "cause" | "code" | "wizard-node" | "wizard-question";
