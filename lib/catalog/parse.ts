import type { z } from "zod";
import type { CatalogProblem } from "./problem";
import { BrandSchema } from "./schema/brand";
import {
  type Catalog,
  type EntityKind,
  BrandsFileSchema,
  CausesFileSchema,
  CodesFileSchema,
  IssuersFileSchema,
  ServicesFileSchema,
  SourcesFileSchema,
} from "./schema/catalog";
import { CauseSchema } from "./schema/cause";
import { CodeSchema } from "./schema/code";
import { IssuerSchema } from "./schema/issuer";
import { ServiceSchema } from "./schema/service";
import { SourceSchema } from "./schema/source";
import { TranslationFileSchema } from "./schema/translation";
import { CauseQuestionSchema, NodeSchema, WizardFileSchema } from "./schema/wizard";

/** A data file as read from disk: its path under data/ and its parsed JSON (or the syntax error). */
export type RawFile = { file: string; json: unknown } | { file: string; syntaxError: string };

function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    out += typeof part === "number" ? `[${part}]` : out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? "(entry)" : out;
}

function zodProblems(file: string, entry: string, error: z.ZodError): CatalogProblem[] {
  return error.issues.map((issue) => ({ file, entry, field: fieldPath(issue.path), message: issue.message }));
}

/** The name an entry goes by in messages: its id (or slug), else its position in the list. */
function entryName(raw: unknown, index: number, key: "id" | "slug", prefix = ""): string {
  if (raw !== null && typeof raw === "object" && key in raw) {
    const value: unknown = Reflect.get(raw, key);
    if (typeof value === "string" && value !== "") return prefix + value;
  }
  return `#${index}`;
}

type Ctx = { catalog: Catalog; problems: CatalogProblem[] };

/** What a list file holds: its shell, where its entries sit, how each is checked, named and kept. */
type ListSpec<F, T> = {
  fileSchema: z.ZodType<F>;
  pick: (f: F) => unknown[];
  entrySchema: z.ZodType<T>;
  kind: EntityKind;
  nameOf: (raw: unknown, index: number, f: F) => string;
  accept: (value: T, f: F) => void;
};

/** Parses a file's outer object, then each entry on its own so one bad entry does not hide the rest. */
function parseEntries<F, T>(ctx: Ctx, file: string, json: unknown, spec: ListSpec<F, T>): void {
  const shell = spec.fileSchema.safeParse(json);
  if (!shell.success) {
    ctx.problems.push(...zodProblems(file, "(file)", shell.error));
    return;
  }
  spec.pick(shell.data).forEach((item, index) => {
    const parsed = spec.entrySchema.safeParse(item);
    if (parsed.success) spec.accept(parsed.data, shell.data);
    else {
      const name = spec.nameOf(item, index, shell.data);
      ctx.problems.push(...zodProblems(file, name, parsed.error));
      if (!name.startsWith("#")) ctx.catalog.rejected.push(`${spec.kind}:${name}`);
    }
  });
}

/** How a kind of entry is laid out on disk and taken into the catalog. */
type KindRule = {
  kind: Exclude<EntityKind, "wizard-node" | "wizard-question">;
  /** `sources.json` or any `sources/*.json`: a kind may live in one file or a folder of files,
   * so several editors can add entries without touching the same file. */
  single?: string;
  folder: string;
  parse: (ctx: Ctx, file: string, json: unknown) => void;
};

/** Parses a plain list file (`{ "<key>": [...] }`) whose entries are named by their id. */
function listRule<K extends "sources" | "brands" | "services" | "issuers" | "causes", T extends { id: string }>(
  kind: KindRule["kind"],
  key: K,
  fileSchema: z.ZodType<{ [P in K]: unknown[] }>,
  entrySchema: z.ZodType<T>,
  push: (catalog: Catalog, v: T) => void,
  single = true,
): KindRule {
  return {
    kind,
    single: single ? `${key}.json` : undefined,
    folder: `${key}/`,
    parse: (ctx, file, json) =>
      parseEntries(ctx, file, json, {
        fileSchema,
        pick: (f) => f[key],
        entrySchema,
        kind,
        nameOf: byId,
        accept: (v) => {
          push(ctx.catalog, v);
          ctx.catalog.origins[`${kind}:${v.id}`] ??= file;
        },
      }),
  };
}

const byId = (raw: unknown, i: number) => entryName(raw, i, "id");

const RULES: readonly KindRule[] = [
  listRule("source", "sources", SourcesFileSchema, SourceSchema, (c, v) => c.sources.push(v)),
  listRule("brand", "brands", BrandsFileSchema, BrandSchema, (c, v) => c.brands.push(v)),
  listRule("service", "services", ServicesFileSchema, ServiceSchema, (c, v) => c.services.push(v)),
  listRule("issuer", "issuers", IssuersFileSchema, IssuerSchema, (c, v) => c.issuers.push(v)),
  listRule("cause", "causes", CausesFileSchema, CauseSchema, (c, v) => c.causes.push(v), false),
  {
    kind: "code",
    folder: "codes/",
    parse: (ctx, file, json) =>
      parseEntries(ctx, file, json, {
        fileSchema: CodesFileSchema,
        pick: (f) => f.codes,
        entrySchema: CodeSchema,
        kind: "code",
        nameOf: (item, i, f) => entryName(item, i, "slug", `${f.service}/`),
        accept: (v, f) => {
          const key = `${f.service}/${v.slug}`;
          ctx.catalog.codes.push({ ...v, service: f.service, key });
          ctx.catalog.origins[`code:${key}`] ??= file;
        },
      }),
  },
];

/** The rule a data file (path under data/) falls under, if any. */
function ruleFor(file: string): KindRule | undefined {
  return RULES.find((r) => file === r.single || (file.startsWith(r.folder) && /^[^/]+\.json$/.test(file.slice(r.folder.length))));
}

/**
 * Turns the raw data files into a typed catalog. Pure: the caller reads the files.
 * Every shape problem is collected (not just the first), each naming file, entry and field.
 */
export function parseCatalogFiles(files: readonly RawFile[]): Ctx {
  const ctx: Ctx = {
    catalog: { sources: [], brands: [], services: [], issuers: [], causes: [], codes: [], origins: {}, rejected: [] },
    problems: [],
  };
  for (const raw of files) {
    const { file } = raw;
    if ("syntaxError" in raw) {
      ctx.problems.push({ file, entry: "(file)", field: "(json)", message: `JSON として読めません: ${raw.syntaxError}` });
      continue;
    }
    const rule = ruleFor(file);
    if (file.startsWith("en/")) parseEnglish(ctx, file, raw.json);
    else if (rule) rule.parse(ctx, file, raw.json);
    else if (file === "wizard.json") parseWizard(ctx, file, raw.json);
    else ctx.problems.push({ file, entry: "(file)", field: "(file)", message: "この場所のファイルはカタログの決まりにありません" });
  }
  return ctx;
}

/** Which kind an English twin file holds, and the prefix its entry names get (a code file's service). */
function englishKindOf(file: string): { kind: string; prefix: string } | undefined {
  const rest = file.slice("en/".length);
  const code = /^codes\/([^/]+)\.json$/.exec(rest);
  if (code) return { kind: "code", prefix: `${code[1]}/` };
  for (const [kind, key] of [
    ["cause", "causes"],
    ["issuer", "issuers"],
    ["service", "services"],
    ["source", "sources"],
  ] as const) {
    if (rest === `${key}.json` || new RegExp(`^${key}/[^/]+\\.json$`).test(rest)) return { kind, prefix: "" };
  }
  if (rest === "wizard.json") return { kind: "wizard", prefix: "" };
  return undefined;
}

/** An English twin file (data/en/…): field paths to English text, per entry. */
function parseEnglish(ctx: Ctx, file: string, json: unknown): void {
  const where = englishKindOf(file);
  if (!where) {
    ctx.problems.push({ file, entry: "(file)", field: "(file)", message: "この場所のファイルはカタログの決まりにありません" });
    return;
  }
  const parsed = TranslationFileSchema.safeParse(json);
  if (!parsed.success) {
    ctx.problems.push(...zodProblems(file, "(file)", parsed.error));
    return;
  }
  const english = (ctx.catalog.english ??= {});
  const byId = (english[where.kind] ??= {});
  for (const [id, fields] of Object.entries(parsed.data.entries))
    byId[`${where.prefix}${id}`] = { ...byId[`${where.prefix}${id}`], ...fields };
}

/** The wizard file: its shell, then each node and question on its own, like the other lists. */
function parseWizard(ctx: Ctx, file: string, json: unknown): void {
  const shell = WizardFileSchema.safeParse(json);
  if (!shell.success) {
    ctx.problems.push(...zodProblems(file, "(file)", shell.error));
    return;
  }
  const parseList = <T>(items: unknown[], schema: z.ZodType<T>, kind: "wizard-node" | "wizard-question", push: (v: T) => void) =>
    items.forEach((item, index) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) push(parsed.data);
      else {
        const name = entryName(item, index, "id");
        ctx.problems.push(...zodProblems(file, name, parsed.error));
        if (!name.startsWith("#")) ctx.catalog.rejected.push(`${kind}:${name}`);
      }
    });
  const nodes: z.infer<typeof NodeSchema>[] = [];
  const questions: z.infer<typeof CauseQuestionSchema>[] = [];
  parseList(shell.data.nodes, NodeSchema, "wizard-node", (v) => nodes.push(v));
  parseList(shell.data.questions, CauseQuestionSchema, "wizard-question", (v) => questions.push(v));
  ctx.catalog.wizard = { start: shell.data.start, nodes, questions, issuerQuestion: shell.data.issuerQuestion };
  ctx.catalog.origins["wizard:(file)"] ??= file;
}
