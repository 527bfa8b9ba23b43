import { brandHref, causeHref, codeHref, issuerHref, serviceHref } from "../web/links";
import type { Catalog } from "../catalog/schema/catalog";
import { UI } from "../ui-text";
import { createCanonicalizer } from "./canonicalize";
import { compactText, normalizeText } from "./normalize";
import { buildSynonymTable } from "./synonyms";
import { isJapaneseWord } from "./units";
import { coverMap } from "../wizard";
import type { SearchDoc, SearchIndex, SearchTerm, TermField } from "./types";

/** The parts of the catalog the index reads (so a test or the benchmark can pass a made-up one). */
export type IndexSource = Pick<Catalog, "services" | "issuers" | "causes" | "codes" | "brands"> & Partial<Pick<Catalog, "wizard">>;

const LIKELIHOOD_RANK = { high: 0, medium: 1, low: 2 } as const;

/** Fields whose whole text is a key of the exact-match table. */
const EXACT_FIELDS: ReadonlySet<TermField> = new Set(["code", "alias", "name"]);

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export type BuildOptions = {
  /**
   * Another language's index of the same catalog (the Japanese, for the English one): each document also
   * gets the terms of its twin there, so Japanese typed on an English page finds the English entry.
   */
  alsoTermsOf?: SearchIndex;
};

/**
 * Builds the search index from the catalog: one document per code, card company, card brand, service and cause,
 * every term normalised once here with the same functions the query goes through. Pure; the result is
 * plain JSON.
 */
export function buildSearchIndex(catalog: IndexSource, options: BuildOptions = {}): SearchIndex {
  // Brand programmes (Visa Secure, J/Secure…) and their former names all mean 3-D Secure here.
  const brandNames = catalog.brands.flatMap((b) => [b.programme, ...b.formerNames]);
  const synonymTable = buildSynonymTable([["本人認証", ...brandNames]]);
  const canonical = createCanonicalizer(synonymTable);
  const term = (field: TermField, text: string): SearchTerm => ({ field, text, norm: canonical(normalizeText(text)) });
  // A card company's own names stay as they are: JCB's "J/Secure" is JCB, not every 3-D Secure page's
  // twin (the exact table still finds JCB by it).
  const literal = (field: TermField, text: string): SearchTerm => ({ field, text, norm: normalizeText(text) });
  // A code's own names in Latin letters (API codes such as insufficient_funds, their spellings, English
  // screen lines) stay as written too: the exact table finds them whole, while folded by the synonym list
  // one English word would make a code's name a Japanese concept (fraudulent → 不正利用) and the code
  // would outrank, for that concept typed in words, the cause it is one case of. Japanese names (a
  // shop's message) fold as their titles do.
  const codeName = (field: TermField, text: string): SearchTerm =>
    isJapaneseWord(normalizeText(text)) ? term(field, text) : literal(field, text);
  // A name, then its kana reading (when the catalog has one) marked as that name's: a reason shows the name.
  const withReading = (make: typeof term, field: TermField, name: string, kana: string | undefined): SearchTerm[] =>
    kana ? [make(field, name), { ...make(field, kana), reading: true }] : [make(field, name)];
  const serviceName = new Map(catalog.services.map((s) => [s.id, s]));
  const serviceKeywords = (service: Catalog["services"][number] | undefined): SearchTerm[] =>
    service ? withReading(term, "keyword", service.name, service.kana) : [];

  // Each document lists its terms strongest field first (code, alias/name, keyword, title, summary): when
  // two terms fit a query word equally, the engine names the first as the reason.
  const docs: SearchDoc[] = [];

  // A code has a page per card company when some step of its causes needs that company's part.
  const causeById = new Map(catalog.causes.map((c) => [c.id, c]));
  const perIssuer = (code: (typeof catalog.codes)[number]) =>
    code.causes.some((l) => causeById.get(l.cause)?.steps.some((s) => s.issuerPart !== undefined) ?? false);

  for (const code of catalog.codes) {
    const service = serviceName.get(code.service);
    docs.push({
      kind: "code",
      id: code.key,
      href: codeHref(code.service, code.slug),
      label: code.code,
      detail: `${service?.name ?? code.service}${UI.punct.colon}${code.title}`,
      terms: [
        codeName("code", code.code),
        ...code.aliases.map((a) => codeName("alias", a)),
        ...serviceKeywords(service),
        term("title", code.title),
        term("summary", code.summary),
        ...(code.message ? [term("summary", code.message.text)] : []),
      ],
      ...(perIssuer(code) ? { perIssuer: true as const } : {}),
    });
  }

  for (const issuer of catalog.issuers) {
    const { ja, kana, latin, aliases } = issuer.names;
    docs.push({
      kind: "issuer",
      id: issuer.id,
      href: issuerHref(issuer.id),
      label: ja,
      detail: latin,
      terms: [
        ...withReading(literal, "name", ja, kana),
        ...[latin, ...aliases].map((n) => literal("name", n)),
        ...(issuer.passwordName ? [term("summary", issuer.passwordName.text)] : []),
        ...(issuer.authMethod ? [term("summary", issuer.authMethod.text)] : []),
      ],
    });
  }

  // A card brand's page is about its 3-D Secure programme. Its names (the programme, former names, the
  // brand's own name, other spellings such as セーフキー, ビザ) stay as written like a card company's: the
  // synonym list folds the programme names into 本人認証, and folded they would make every brand page
  // every 3-D Secure page's twin. The engine puts the brand first for its programme's names.
  for (const brand of catalog.brands) {
    const title = UI.pages.brand.title(brand.name, brand.programme);
    const names = [brand.programme, ...brand.formerNames];
    docs.push({
      kind: "brand",
      id: brand.id,
      href: brandHref(brand.id),
      label: title,
      detail: UI.search.brandDetail(brand.formerNames),
      terms: [...[...names, brand.name, ...brand.aliases].map((n) => literal("name", n)), term("title", title)],
    });
  }

  for (const service of catalog.services) {
    docs.push({
      kind: "service",
      id: service.id,
      href: serviceHref(service.id),
      label: service.name,
      detail: shorten(service.summary, 60),
      terms: [
        ...withReading(term, "name", service.name, service.kana),
        term("keyword", service.operator),
        term("summary", service.summary),
      ],
    });
  }

  for (const cause of catalog.causes) {
    const users = catalog.codes
      .flatMap((c) => c.causes.filter((l) => l.cause === cause.id).map((l) => ({ code: c, rank: LIKELIHOOD_RANK[l.likelihood] })))
      .sort((a, b) => a.rank - b.rank);
    // A cause only one service's codes have (nanaco's 24-hour wait) is that service's, as a code is:
    // 「nanaco チャージ」 then weighs the same on the cause as on its codes. A cause many services share
    // is about none of them in particular.
    const services = new Set(users.map((u) => u.code.service));
    const ownService = services.size === 1 ? serviceName.get([...services][0] ?? "") : undefined;
    docs.push({
      kind: "cause",
      id: cause.id,
      href: causeHref(cause.id),
      label: cause.title,
      detail: UI.search.causeSeenIn([...new Set(users.map((u) => u.code.code))]),
      terms: [
        ...serviceKeywords(ownService),
        term("title", cause.title),
        term("summary", cause.summary),
        // What to do and what not to do: people describe a problem by them too (パスワードを再設定).
        ...cause.steps.map((s) => term("step", s.text)),
        ...cause.dontDo.map((t) => term("step", t)),
      ],
    });
  }

  if (options.alsoTermsOf) {
    const twin = new Map(options.alsoTermsOf.docs.map((d) => [`${d.kind}:${d.id}`, d]));
    for (const doc of docs) {
      const other = twin.get(`${doc.kind}:${doc.id}`);
      if (!other) continue;
      const have = new Set(doc.terms.map((t) => `${t.field}\u0000${t.norm}`));
      // A reading belongs to the name right before it: it comes along only with that name.
      let tookPrevious = false;
      for (const t of other.terms) {
        const take: boolean = !have.has(`${t.field}\u0000${t.norm}`) && (!t.reading || tookPrevious);
        if (take) doc.terms.push(t);
        tookPrevious = take;
      }
    }
  }

  const exact = new Map<string, [number, number][]>();
  docs.forEach((doc, d) =>
    doc.terms.forEach((t, i) => {
      if (!EXACT_FIELDS.has(t.field)) return;
      const key = compactText(t.text);
      if (key === "") return;
      const hits = exact.get(key) ?? [];
      if (!hits.some(([hd]) => hd === d)) hits.push([d, i]);
      exact.set(key, hits);
    }),
  );

  return {
    version: 1,
    docs,
    exact: [...exact],
    synonyms: synonymTable.map(([v, c]) => [v, c]),
    checks: generalChecks(catalog, docs),
  };
}

/**
 * What the wizard answers to 「この中にないコードが出ている」, per service (the pick-code node listing its
 * codes), and the answer most of those nodes give, for a code of no known service.
 */
function generalChecks(catalog: IndexSource, docs: readonly SearchDoc[]): SearchIndex["checks"] {
  if (!catalog.wizard) return undefined;
  const docOf = new Map(docs.flatMap((d, i) => (d.kind === "cause" ? [[d.id, i] as const] : [])));
  const escapeCause = new Map<string, string>();
  for (const node of catalog.wizard.nodes) {
    if (node.kind !== "pick-code") continue;
    const cause = node.options.find((o) => o.escape && o.outcome)?.outcome?.[0]?.cause;
    if (cause) escapeCause.set(node.id, cause);
  }
  const services: [string, number][] = [];
  for (const [service, node] of coverMap({ wizard: catalog.wizard, services: catalog.services })) {
    const d = docOf.get(escapeCause.get(node) ?? "");
    if (d !== undefined) services.push([service, d]);
  }
  const counts = new Map<string, number>();
  for (const cause of escapeCause.values()) counts.set(cause, (counts.get(cause) ?? 0) + 1);
  const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const fallback = docOf.get(common ?? "");
  return { ...(fallback !== undefined ? { fallback } : {}), services };
}
