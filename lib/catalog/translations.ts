import type { CatalogProblem } from "./problem";
import type { Catalog } from "./schema/catalog";
import { factVariants, ISSUER_FACT_KEYS } from "./schema/issuer";
import type { Translations } from "./schema/translation";

/** The Japanese fields that need an English twin, as field paths of one entry. */
type PathList = string[];

const opt = (cond: unknown, path: string): PathList => (cond === undefined ? [] : [path]);

function codePaths(c: Catalog["codes"][number]): PathList {
  return [
    "title",
    "summary",
    ...opt(c.meaningNote, "meaningNote"),
    ...opt(c.message, "message.text"),
    ...c.causes.flatMap((x, i) => opt(x.note, `causes[${i}].note`)),
  ];
}

function causePaths(c: Catalog["causes"][number]): PathList {
  return [
    "title",
    "summary",
    ...c.steps.map((_, i) => `steps[${i}].text`),
    ...c.dontDo.map((_, i) => `dontDo[${i}]`),
    ...c.waits.flatMap((w, i) => [`waits[${i}].from`, ...opt(w.note, `waits[${i}].note`)]),
  ];
}

function servicePaths(s: Catalog["services"][number]): PathList {
  return ["name", "operator", "summary", ...s.notes.map((_, i) => `notes[${i}].text`), ...opt(s.featuredIssuers, "featuredIssuers.reason")];
}

function issuerPaths(i: Catalog["issuers"][number]): PathList {
  const out: PathList = [...opt(i.threeDSecure.title, "threeDSecure.title"), ...opt(i.threeDSecure.datedNote, "threeDSecure.datedNote")];
  for (const f of ISSUER_FACT_KEYS) {
    const fact = i[f];
    if (!fact) continue;
    out.push(`${f}.text`);
    factVariants(fact).forEach((_, k) => out.push(`${f}.variants[${k}].applies`, `${f}.variants[${k}].text`));
  }
  i.contact?.phones?.forEach((p, k) => out.push(`contact.phones[${k}].label`, ...opt(p.hours, `contact.phones[${k}].hours`)));
  return out;
}

function wizardPaths(w: NonNullable<Catalog["wizard"]>): Record<string, PathList> {
  const out: Record<string, PathList> = {};
  for (const n of w.nodes) {
    out[n.id] = [
      "title",
      "question",
      ...opt(n.hint, "hint"),
      ...n.options.flatMap((o, i) => [
        `options[${i}].label`,
        ...opt(o.hint, `options[${i}].hint`),
        ...(o.outcome ?? []).flatMap((x, j) => opt(x.note, `options[${i}].outcome[${j}].note`)),
      ]),
    ];
  }
  for (const q of w.questions) {
    out[q.id] = ["title", "question", ...opt(q.hint, "hint"), ...q.options.map((_, i) => `options[${i}].label`)];
  }
  out.issuerQuestion = ["title", "question", ...opt(w.issuerQuestion.hint, "hint"), "otherLabel"];
  return out;
}

/** Every entry that needs English, by kind and id, with the field paths it needs. */
export function requiredEnglish(catalog: Catalog): Record<string, Record<string, PathList>> {
  const by = <T>(items: readonly T[], id: (t: T) => string, paths: (t: T) => PathList) =>
    Object.fromEntries(items.map((t) => [id(t), paths(t)]));
  return {
    code: by(catalog.codes, (c) => c.key, codePaths),
    cause: by(catalog.causes, (c) => c.id, causePaths),
    service: by(catalog.services, (s) => s.id, servicePaths),
    issuer: by(catalog.issuers, (i) => i.id, issuerPaths),
    // A source's title and publisher are cited as published; its caveat is our own sentence.
    source: by(
      catalog.sources,
      (s) => s.id,
      (s) => opt(s.caveat, "caveat"),
    ),
    wizard: catalog.wizard ? wizardPaths(catalog.wizard) : {},
  };
}

/** Where the English twin of an entry lives, for messages: data/en/… beside the Japanese file. */
function englishFileOf(catalog: Catalog, kind: string, id: string): string {
  const origin = kind === "wizard" ? catalog.origins["wizard:(file)"] : catalog.origins[`${kind}:${id}`];
  return `en/${origin ?? "(unknown)"}`;
}

/**
 * Compares the English twins with the Japanese catalog: a missing English field, an English field the
 * Japanese entry no longer has (stale), and English for an entry that does not exist. Pure.
 */
export function validateEnglish(catalog: Catalog, en: Translations): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const required = requiredEnglish(catalog);
  for (const [kind, entries] of Object.entries(required)) {
    for (const [id, paths] of Object.entries(entries)) {
      const have = en[kind]?.[id] ?? {};
      const file = englishFileOf(catalog, kind, id);
      for (const p of paths) {
        if (have[p] === undefined) problems.push({ file, entry: id, field: p, message: "英語の文がありません" });
      }
      for (const p of Object.keys(have)) {
        if (!paths.includes(p))
          problems.push({ file, entry: id, field: p, message: "日本語の項目にない英語の文です（古くなっていませんか）" });
      }
    }
    for (const id of Object.keys(en[kind] ?? {})) {
      if (!(id in entries))
        problems.push({ file: `en/(${kind})`, entry: id, field: "(entry)", message: "この英語の項目に当たる日本語の項目がありません" });
    }
  }
  return problems;
}
