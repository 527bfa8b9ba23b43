import { englishOf, getCode, getService, getSource, listCodes, type CatalogCode, type EnglishKind } from "../catalog";
import { API_LANGUAGES, type ApiCause, type ApiCodeBrief, type ApiCodeDetail, type ApiCodesIndex } from "./api-v1-schema";
import { rankedCauses } from "./code";
import { codeApiHref, codeHref } from "../web/links";

/**
 * An entry's English text by field path. The catalog fails to load when a Japanese field lacks English,
 * so a missing one here is a bug, not an editor's gap: it throws rather than publish a hole.
 */
function english(kind: EnglishKind, id: string): (path: string) => string {
  const fields = englishOf(kind, id);
  return (path) => {
    const text = fields[path];
    if (text === undefined) throw new Error(`no English for ${kind} ${id} ${path} (data/en/)`);
    return text;
  };
}

/** English of an optional Japanese field: there exactly when the Japanese is. */
const ifThere = <T>(ja: unknown, make: () => T): T | undefined => (ja === undefined ? undefined : make());

/**
 * The public JSON API (v1), built at build time. Shapes are plain and stable: add fields, never rename.
 * Every entry carries its sources with confidence and last-verified date, as the pages do.
 * The fields that were there first are Japanese; `en` beside them holds the English (./api-v1-schema.ts).
 */
export function briefCode(c: CatalogCode): ApiCodeBrief {
  return {
    service: c.service,
    slug: c.slug,
    code: c.code,
    aliases: c.aliases,
    /** Where the code's page used to be ("service/slug"); the 404 page of a static host offers the move. */
    formerKeys: c.formerKeys,
    title: c.title,
    meaning: c.meaning,
    url: codeHref(c.service, c.slug),
    api: codeApiHref(c.service, c.slug),
    en: { title: english("code", c.key)("title") },
  };
}

export function codesIndex(): ApiCodesIndex {
  return { version: 1, languages: [...API_LANGUAGES], count: listCodes().length, codes: listCodes().map(briefCode) };
}

export function codeDetail(service: string, slug: string): ApiCodeDetail | undefined {
  const c = getCode(service, slug);
  if (!c) return undefined;
  const codeEn = english("code", c.key);
  const causes = rankedCauses(c).map(({ link, cause }): ApiCause => {
    const causeEn = english("cause", cause.id);
    // A cause's note belongs to the code's link to it: its English is the code's, at the link's index.
    const linkIndex = c.causes.indexOf(link);
    return {
      id: cause.id,
      likelihood: link.likelihood,
      note: link.note,
      title: cause.title,
      summary: cause.summary,
      fixer: cause.fixer,
      steps: cause.steps,
      dontDo: cause.dontDo,
      waits: cause.waits,
      sources: cause.sources,
      en: {
        note: ifThere(link.note, () => codeEn(`causes[${linkIndex}].note`)),
        title: causeEn("title"),
        summary: causeEn("summary"),
        steps: cause.steps.map((_, i) => ({ text: causeEn(`steps[${i}].text`) })),
        dontDo: cause.dontDo.map((_, i) => causeEn(`dontDo[${i}]`)),
        waits: cause.waits.map((w, i) => ({
          from: causeEn(`waits[${i}].from`),
          note: ifThere(w.note, () => causeEn(`waits[${i}].note`)),
        })),
      },
    };
  });
  const ids = new Set([
    ...c.sources,
    ...(c.message?.sources ?? []),
    ...causes.flatMap((x) => [...x.sources, ...x.steps.flatMap((s) => s.sources)]),
  ]);
  const serviceName = getService(c.service)?.name;
  return {
    version: 1,
    languages: [...API_LANGUAGES],
    ...briefCode(c),
    serviceName,
    summary: c.summary,
    meaningNote: c.meaningNote,
    message: c.message,
    causes,
    related: c.related,
    // Editors' working notes stay in the catalog; the published data carries what pages show.
    sources: [...ids]
      .map((id) => getSource(id))
      .filter((s) => s !== undefined)
      .map((s) => {
        const shown = { ...s };
        delete shown.editorNote;
        return shown;
      }),
    en: {
      title: codeEn("title"),
      serviceName: ifThere(serviceName, () => english("service", c.service)("name")),
      summary: codeEn("summary"),
      meaningNote: ifThere(c.meaningNote, () => codeEn("meaningNote")),
      message: ifThere(c.message, () => ({ text: codeEn("message.text") })),
    },
  };
}
