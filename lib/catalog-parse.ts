import type { z } from "zod";
import type { CatalogProblem } from "./catalog-problem";
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

/** Parses a file's outer object, then each entry on its own so one bad entry does not hide the rest. */
function parseEntries<F, T>(
  ctx: Ctx,
  file: string,
  json: unknown,
  fileSchema: z.ZodType<F>,
  pickList: (f: F) => unknown[],
  entrySchema: z.ZodType<T>,
  kind: EntityKind,
  nameOf: (raw: unknown, index: number, f: F) => string,
  accept: (value: T, f: F) => void,
): void {
  const shell = fileSchema.safeParse(json);
  if (!shell.success) {
    ctx.problems.push(...zodProblems(file, "(file)", shell.error));
    return;
  }
  pickList(shell.data).forEach((item, index) => {
    const parsed = entrySchema.safeParse(item);
    if (parsed.success) accept(parsed.data, shell.data);
    else {
      const name = nameOf(item, index, shell.data);
      ctx.problems.push(...zodProblems(file, name, parsed.error));
      if (!name.startsWith("#")) ctx.catalog.rejected.push(`${kind}:${name}`);
    }
  });
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
  const { catalog } = ctx;
  const byId = (raw: unknown, i: number) => entryName(raw, i, "id");
  const origin = (key: string, file: string) => {
    catalog.origins[key] ??= file;
  };

  for (const raw of files) {
    const { file } = raw;
    if ("syntaxError" in raw) {
      ctx.problems.push({ file, entry: "(file)", field: "(json)", message: `JSON として読めません: ${raw.syntaxError}` });
      continue;
    }
    const { json } = raw;
    if (file === "sources.json") {
      parseEntries(ctx, file, json, SourcesFileSchema, (f) => f.sources, SourceSchema, "source", byId, (v) => {
        catalog.sources.push(v);
        origin(`source:${v.id}`, file);
      });
    } else if (file === "brands.json") {
      parseEntries(ctx, file, json, BrandsFileSchema, (f) => f.brands, BrandSchema, "brand", byId, (v) => {
        catalog.brands.push(v);
        origin(`brand:${v.id}`, file);
      });
    } else if (file === "services.json") {
      parseEntries(ctx, file, json, ServicesFileSchema, (f) => f.services, ServiceSchema, "service", byId, (v) => {
        catalog.services.push(v);
        origin(`service:${v.id}`, file);
      });
    } else if (file === "issuers.json") {
      parseEntries(ctx, file, json, IssuersFileSchema, (f) => f.issuers, IssuerSchema, "issuer", byId, (v) => {
        catalog.issuers.push(v);
        origin(`issuer:${v.id}`, file);
      });
    } else if (/^causes\/[^/]+\.json$/.test(file)) {
      parseEntries(ctx, file, json, CausesFileSchema, (f) => f.causes, CauseSchema, "cause", byId, (v) => {
        catalog.causes.push(v);
        origin(`cause:${v.id}`, file);
      });
    } else if (/^codes\/[^/]+\.json$/.test(file)) {
      parseEntries(
        ctx,
        file,
        json,
        CodesFileSchema,
        (f) => f.codes,
        CodeSchema,
        "code",
        (item, i, f) => entryName(item, i, "slug", `${f.service}/`),
        (v, f) => {
          const key = `${f.service}/${v.slug}`;
          catalog.codes.push({ ...v, service: f.service, key });
          origin(`code:${key}`, file);
        },
      );
    } else if (file === "wizard.json") {
      parseWizard(ctx, file, json);
    } else {
      ctx.problems.push({ file, entry: "(file)", field: "(file)", message: "この場所のファイルはカタログの決まりにありません" });
    }
  }
  return ctx;
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
