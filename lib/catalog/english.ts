import type { Catalog } from "./schema/catalog";

/**
 * The catalog as the English pages read it: every Japanese text replaced by its English twin from
 * data/en/ (complete, or loading has already failed: lib/catalog/translations.ts). Ids, keys, codes,
 * links and the sources' titles (cited as published) stay as they are; a source's caveat is ours, in
 * English. A card company's display name becomes its Latin name; the Japanese name stays among the names
 * search knows. Pure; the Japanese catalog is not touched.
 */
export function englishCatalog(catalog: Catalog): Catalog {
  const en = catalog.english ?? {};
  const twin = (kind: string, id: string): Readonly<Record<string, string>> => en[kind]?.[id] ?? {};
  const wizard = catalog.wizard;
  return {
    ...catalog,
    codes: catalog.codes.map((c) => overlay(c, twin("code", c.key))),
    causes: catalog.causes.map((c) => overlay(c, twin("cause", c.id))),
    services: catalog.services.map((s) => overlay(s, twin("service", s.id))),
    sources: catalog.sources.map((s) => overlay(s, twin("source", s.id))),
    issuers: catalog.issuers.map((i) => {
      const out = overlay(i, twin("issuer", i.id));
      return { ...out, names: { ...out.names, ja: i.names.latin, aliases: [i.names.ja, ...i.names.aliases] } };
    }),
    ...(wizard
      ? {
          wizard: {
            ...wizard,
            nodes: wizard.nodes.map((n) => overlay(n, twin("wizard", n.id))),
            questions: wizard.questions.map((q) => overlay(q, twin("wizard", q.id))),
            issuerQuestion: overlay(wizard.issuerQuestion, twin("wizard", "issuerQuestion")),
          },
        }
      : {}),
  };
}

/** A copy of `entry` with each field path ("steps[2].text", "message.text") set to its text. */
export function overlay<T>(entry: T, fields: Readonly<Record<string, string>>): T {
  const paths = Object.entries(fields);
  if (paths.length === 0) return entry;
  const copy = structuredClone(entry);
  for (const [path, text] of paths) setAt(copy, path, text);
  return copy;
}

function setAt(root: unknown, path: string, text: string): void {
  const keys = path.match(/[^.[\]]+/g) ?? [];
  let at = root as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    const next = at[key];
    // The validator has checked every path against the Japanese entry; a path that does not lead
    // anywhere is a bug here, not in the data.
    if (typeof next !== "object" || next === null) throw new Error(`English overlay: ${path} does not lead to a text`);
    at = next as Record<string, unknown>;
  }
  const last = keys.at(-1);
  if (last === undefined || typeof at[last] !== "string") throw new Error(`English overlay: ${path} is not a text`);
  at[last] = text;
}
