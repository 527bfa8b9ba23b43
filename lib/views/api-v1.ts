import { getCode, getService, getSource, listCodes, type CatalogCode } from "../catalog";
import { rankedCauses } from "./code";
import { codeApiHref, codeHref } from "../web/links";

/**
 * The public JSON API (v1), built at build time. Shapes are plain and stable: add fields, never rename.
 * Every entry carries its sources with confidence and last-verified date, as the pages do.
 */
export function briefCode(c: CatalogCode) {
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
  };
}

export function codesIndex() {
  return { version: 1, count: listCodes().length, codes: listCodes().map(briefCode) };
}

export function codeDetail(service: string, slug: string) {
  const c = getCode(service, slug);
  if (!c) return undefined;
  const causes = rankedCauses(c).map(({ link, cause }) => ({
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
  }));
  const ids = new Set([
    ...c.sources,
    ...(c.message?.sources ?? []),
    ...causes.flatMap((x) => [...x.sources, ...x.steps.flatMap((s) => s.sources)]),
  ]);
  return {
    version: 1,
    ...briefCode(c),
    serviceName: getService(c.service)?.name,
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
  };
}
