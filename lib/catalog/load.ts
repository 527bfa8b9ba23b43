import { join } from "node:path";
import { currentLocale, type Locale } from "../locale";
import { englishCatalog } from "./english";
import { parseCatalogFiles } from "./parse";
import { CatalogError } from "./problem";
import { readCatalogDir } from "./read";
import { validateEnglish } from "./translations";
import { validateCatalog } from "./validate";
import type { Brand } from "./schema/brand";
import type { Catalog, CatalogCode } from "./schema/catalog";
import type { Cause } from "./schema/cause";
import type { Issuer } from "./schema/issuer";
import type { Service } from "./schema/service";
import type { Source } from "./schema/source";
import type { WizardData } from "../wizard";

/**
 * The one gateway to data/: read, parse and validate once per process, then typed getters.
 * Server-only (it reads files); client components get plain props from server components.
 */
// CATALOG_DATA_DIR lets a test point the build check at a broken copy of the data.
export const DATA_DIR = process.env.CATALOG_DATA_DIR ?? join(process.cwd(), "data");

/**
 * Reads, parses and validates a data folder; throws a CatalogError that lists every problem. The real
 * catalog must be complete in both languages: every Japanese text needs its English twin in data/en/.
 */
export function loadCatalog(dir: string = DATA_DIR): Catalog {
  const { catalog, problems } = parseCatalogFiles(readCatalogDir(dir));
  const all = [...problems, ...validateCatalog(catalog), ...validateEnglish(catalog, catalog.english ?? {})];
  if (all.length > 0) throw new CatalogError(all);
  return catalog;
}

type Indexed = {
  catalog: Catalog;
  codes: Map<string, CatalogCode>;
  causes: Map<string, Cause>;
  sources: Map<string, Source>;
  issuers: Map<string, Issuer>;
  brands: Map<string, Brand>;
  services: Map<string, Service>;
};

let base: Catalog | undefined;
const cached: Partial<Record<Locale, Indexed>> = {};

/**
 * The catalog in the language of the page being rendered (lib/locale): the Japanese as loaded, or its
 * English twin (lib/catalog/english.ts). Each is indexed once per process.
 */
function indexed(): Indexed {
  const locale = currentLocale();
  const have = cached[locale];
  if (have) return have;
  base ??= loadCatalog();
  const catalog = locale === "en" ? englishCatalog(base) : base;
  const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
  const made: Indexed = {
    catalog,
    codes: new Map(catalog.codes.map((c) => [c.key, c])),
    causes: byId(catalog.causes),
    sources: byId(catalog.sources),
    issuers: byId(catalog.issuers),
    brands: byId(catalog.brands),
    services: byId(catalog.services),
  };
  cached[locale] = made;
  return made;
}

export const getCatalog = (): Catalog => indexed().catalog;

export const listServices = (): readonly Service[] => indexed().catalog.services;
export const getService = (id: string): Service | undefined => indexed().services.get(id);

export const listCodes = (): readonly CatalogCode[] => indexed().catalog.codes;
export const listCodesOf = (service: string): CatalogCode[] => indexed().catalog.codes.filter((c) => c.service === service);
export const getCode = (service: string, slug: string): CatalogCode | undefined => indexed().codes.get(`${service}/${slug}`);
export const getCodeByKey = (key: string): CatalogCode | undefined => indexed().codes.get(key);

export const listCauses = (): readonly Cause[] => indexed().catalog.causes;
export const getCause = (id: string): Cause | undefined => indexed().causes.get(id);
export const getSource = (id: string): Source | undefined => indexed().sources.get(id);

export const listIssuers = (): readonly Issuer[] => indexed().catalog.issuers;
export const getIssuer = (id: string): Issuer | undefined => indexed().issuers.get(id);

export const listBrands = (): readonly Brand[] => indexed().catalog.brands;
export const getBrand = (id: string): Brand | undefined => indexed().brands.get(id);

/** The kinds of entry that have English twins in data/en/ (lib/catalog/schema/translation.ts). */
export type EnglishKind = "code" | "cause" | "service" | "issuer" | "source" | "wizard";

/**
 * The English twin of one entry's Japanese text fields, by field path of the Japanese entry ("title",
 * "message.text", "steps[2].text"); ids as in the catalog ("au-pay/er323" for a code, a node's id for the
 * wizard). Parsed with zod from data/en/ once, with the rest of the catalog, and complete: loading fails
 * when a Japanese field lacks English or an English one is stale (lib/catalog/translations.ts).
 */
export const englishOf = (kind: EnglishKind, id: string): Readonly<Record<string, string>> => indexed().catalog.english?.[kind]?.[id] ?? {};

/** The wizard's graph with the catalog parts it replays against; the build fails if data/wizard.json is missing. */
export const getWizardData = (): WizardData => {
  const { catalog } = indexed();
  if (!catalog.wizard) {
    throw new CatalogError([{ file: "wizard.json", entry: "(file)", field: "(file)", message: "診断の質問のファイルがありません" }]);
  }
  return { wizard: catalog.wizard, services: catalog.services, codes: catalog.codes, causes: catalog.causes, issuers: catalog.issuers };
};

export type { Brand, Catalog, CatalogCode, Cause, Issuer, Service, Source };
