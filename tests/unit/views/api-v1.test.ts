import { describe, expect, it } from "vitest";
import { z } from "zod";
import { GET as getSchema } from "@/app/api/v1/schema/[file]/route";
import { englishOf, getCause, listCodes } from "@/lib/catalog";
import { briefCode, codeDetail, codesIndex } from "@/lib/views/api-v1";
import { ApiCodeDetailSchema, ApiCodesIndexSchema, buildApiSchemaFiles, type ApiCodeDetail } from "@/lib/views/api-v1-schema";

const details = (): ApiCodeDetail[] =>
  listCodes().map((c) => {
    const d = codeDetail(c.service, c.slug);
    if (!d) throw new Error(`no API document for ${c.key}`);
    return d;
  });

/** What a consumer reads: the document after JSON, undefined fields gone. */
const asJson = (doc: unknown): unknown => JSON.parse(JSON.stringify(doc));

/** The published JSON Schema, read back as a validator of its own (not the zod schema it came from). */
const publishedValidator = (name: "api-codes.schema.json" | "api-code.schema.json") =>
  z.fromJSONSchema(JSON.parse(buildApiSchemaFiles()[name]));

const firstOf = <T>(list: readonly T[]): T => {
  const [first] = list;
  if (first === undefined) throw new Error("empty list");
  return first;
};

const filled = (s: unknown) => typeof s === "string" && s.trim().length > 0;

describe("the JSON API's index (/api/v1/codes.json)", () => {
  it("names its languages and lists every code with its English title", () => {
    const index = codesIndex();
    expect(index.languages).toEqual(["ja", "en"]);
    expect(index.count).toBe(listCodes().length);
    for (const brief of index.codes) {
      expect(filled(brief.en.title), `${brief.service}/${brief.slug} en.title`).toBe(true);
      expect(brief.en.title).toBe(englishOf("code", `${brief.service}/${brief.slug}`).title);
    }
  });

  it("keeps every Japanese field it had, as it was", () => {
    const c = listCodes().find((x) => x.key === "au-pay/er323");
    expect(c).toBeDefined();
    const brief = briefCode(c!);
    expect(Object.keys(brief)).toEqual(["service", "slug", "code", "aliases", "formerKeys", "title", "meaning", "url", "api", "en"]);
    expect(brief.title).toBe(c!.title);
    expect(brief.code).toBe("ER323");
    expect(brief.url).toBe("/codes/au-pay/er323");
    expect(brief.api).toBe("/api/v1/codes/au-pay/er323.json");
  });

  it("is valid against the zod schema and the JSON Schema it publishes", () => {
    const doc = asJson(codesIndex());
    expect(ApiCodesIndexSchema.safeParse(doc).error).toBeUndefined();
    expect(publishedValidator("api-codes.schema.json").safeParse(doc).error).toBeUndefined();
    // A Japanese-only document (without en) is what the schema must turn away.
    const withoutEnglish = { ...(doc as { codes: object[] }), codes: [{ ...(doc as { codes: object[] }).codes[0], en: undefined }] };
    expect(publishedValidator("api-codes.schema.json").safeParse(asJson(withoutEnglish)).success).toBe(false);
  });
});

describe("each code's document (/api/v1/codes/{service}/{code}.json)", () => {
  it("has English for every text field that has Japanese, and none where there is none", () => {
    for (const d of details()) {
      const key = `${d.service}/${d.slug}`;
      const where = (field: string) => `${key} en.${field}`;
      expect(d.languages, key).toEqual(["ja", "en"]);
      for (const field of ["title", "summary", "meaningNote", "serviceName"] as const) {
        if (d[field] === undefined) expect(d.en[field], where(field)).toBeUndefined();
        else expect(filled(d.en[field]), where(field)).toBe(true);
      }
      if (d.message === undefined) expect(d.en.message, where("message")).toBeUndefined();
      else expect(filled(d.en.message?.text), where("message.text")).toBe(true);

      for (const cause of d.causes) {
        const at = (field: string) => `${key} cause ${cause.id} en.${field}`;
        expect(filled(cause.en.title), at("title")).toBe(true);
        expect(filled(cause.en.summary), at("summary")).toBe(true);
        if (cause.note === undefined) expect(cause.en.note, at("note")).toBeUndefined();
        else expect(filled(cause.en.note), at("note")).toBe(true);
        expect(cause.en.steps.length, at("steps")).toBe(cause.steps.length);
        cause.en.steps.forEach((s, i) => expect(filled(s.text), at(`steps[${i}].text`)).toBe(true));
        expect(cause.en.dontDo.length, at("dontDo")).toBe(cause.dontDo.length);
        cause.en.dontDo.forEach((s, i) => expect(filled(s), at(`dontDo[${i}]`)).toBe(true));
        expect(cause.en.waits.length, at("waits")).toBe(cause.waits.length);
        cause.waits.forEach((w, i) => {
          const wait = cause.en.waits[i];
          expect(filled(wait?.from), at(`waits[${i}].from`)).toBe(true);
          if (w.note === undefined) expect(wait?.note, at(`waits[${i}].note`)).toBeUndefined();
          else expect(filled(wait?.note), at(`waits[${i}].note`)).toBe(true);
        });
      }
    }
  });

  it("takes the English from the catalog's twins, field for field", () => {
    const d = codeDetail("au-pay", "er323")!;
    const code = englishOf("code", "au-pay/er323");
    expect(d.en.title).toBe(code.title);
    expect(d.en.summary).toBe(code.summary);
    expect(d.en.serviceName).toBe(englishOf("service", "au-pay").name);
    expect(d.title).not.toBe(d.en.title);
    const first = firstOf(d.causes);
    const cause = englishOf("cause", first.id);
    expect(first.en.title).toBe(cause.title);
    expect(first.en.steps.map((s) => s.text)).toEqual(getCause(first.id)!.steps.map((_, i) => cause[`steps[${i}].text`]));
  });

  it("puts a link's note in English beside its cause, even when the causes are ranked in another order", () => {
    for (const c of listCodes()) {
      const d = codeDetail(c.service, c.slug)!;
      for (const cause of d.causes) {
        const i = c.causes.findIndex((link) => link.cause === cause.id);
        expect(cause.en.note, `${c.key} ${cause.id}`).toBe(
          c.causes[i]?.note === undefined ? undefined : englishOf("code", c.key)[`causes[${i}].note`],
        );
      }
    }
  });

  it("is valid against the zod schema and the JSON Schema it publishes, for every code", () => {
    const validator = publishedValidator("api-code.schema.json");
    for (const d of details()) {
      const doc = asJson(d);
      const key = `${d.service}/${d.slug}`;
      expect(ApiCodeDetailSchema.safeParse(doc).error, key).toBeUndefined();
      expect(validator.safeParse(doc).error, key).toBeUndefined();
    }
    // And it turns away a document whose code or cause lost an English field.
    const d = asJson(codeDetail("au-pay", "er323")) as ApiCodeDetail;
    expect(validator.safeParse({ ...d, en: { ...d.en, summary: undefined } }).success).toBe(false);
    const [first, ...rest] = [firstOf(d.causes), ...d.causes.slice(1)];
    const noStepsInEnglish = { ...d, causes: [{ ...first, en: { ...first.en, steps: undefined } }, ...rest] };
    expect(validator.safeParse(asJson(noStepsInEnglish)).success).toBe(false);
    expect(validator.safeParse({ ...d, en: { ...d.en, lang: "en" } }).success).toBe(false);
  });
});

describe("the API's JSON Schemas (/api/v1/schema/api-*.schema.json)", () => {
  it("describe the English beside the Japanese", () => {
    const index = JSON.parse(buildApiSchemaFiles()["api-codes.schema.json"]);
    expect(index.required).toEqual(expect.arrayContaining(["version", "languages", "count", "codes"]));
    const brief = index.properties.codes.items;
    expect(brief.required).toEqual(expect.arrayContaining(["title", "en"]));
    expect(brief.properties.en.required).toEqual(["title"]);

    const one = JSON.parse(buildApiSchemaFiles()["api-code.schema.json"]);
    expect(one.properties.en.required).toEqual(expect.arrayContaining(["title", "summary"]));
    expect(Object.keys(one.properties.en.properties)).toEqual(["title", "serviceName", "summary", "meaningNote", "message"]);
    const cause = one.properties.causes.items;
    expect(Object.keys(cause.properties.en.properties)).toEqual(["note", "title", "summary", "steps", "dontDo", "waits"]);
    expect(cause.properties.en.additionalProperties).toBe(false);
  });

  it("are served beside the data files' schemas", async () => {
    for (const file of ["api-codes.schema.json", "api-code.schema.json", "codes.schema.json"]) {
      const response = await getSchema(new Request(`http://x/api/v1/schema/${file}`), { params: Promise.resolve({ file }) });
      expect(response.status, file).toBe(200);
      expect((await response.json()).$schema, file).toBe("http://json-schema.org/draft-07/schema#");
    }
    const missing = await getSchema(new Request("http://x/"), { params: Promise.resolve({ file: "nope.schema.json" }) });
    expect(missing.status).toBe(404);
  });
});
