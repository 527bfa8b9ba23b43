/**
 * The search index as plain, serialisable data: built on the server from the catalog, shipped to the
 * browser as JSON, turned into an engine by createSearchEngine. Nothing here holds functions or Maps.
 */

export const SEARCH_KINDS = ["code", "issuer", "brand", "service", "cause"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Which part of an entry a search term comes from; it decides the weight and the "why" shown. */
export const TERM_FIELDS = ["code", "alias", "name", "keyword", "title", "summary", "step"] as const;
export type TermField = (typeof TERM_FIELDS)[number];

/**
 * How much a match in each field counts. An alias that is a phrase (PayPay 3Dセキュア ロック) counts a
 * little less than a code or a name when matched word by word: it is one code's wording, not the topic.
 * A cause's steps say what to do, not what happened: they count least.
 */
export const FIELD_WEIGHT: Record<TermField, number> = {
  code: 1,
  alias: 0.85,
  name: 1,
  keyword: 0.85,
  title: 0.8,
  summary: 0.45,
  step: 0.3,
};

export type SearchTerm = {
  field: TermField;
  /** As written in the catalog, for showing why something matched. */
  text: string;
  /** normalizeText, then synonyms folded: what queries are compared with. */
  norm: string;
  /**
   * True when `text` is the kana reading the catalog stores for the name in the term right before this
   * one (「ななこ」 after 「nanaco」): it helps a name typed in kana match, but a reason shows that name.
   */
  reading?: true;
};

export type SearchDoc = {
  kind: SearchKind;
  /** Unique per kind: "nanaco/pgse37", "saison", "visa", "emv-3ds", "threeds-password-lock". */
  id: string;
  href: string;
  /** The main line of a result: the code, the card company's name, the brand page's title, the cause's title. */
  label: string;
  /** The second line: "nanaco：本人認証サービス…", the company's latin name, … */
  detail: string;
  terms: SearchTerm[];
  /** Codes only: true when the code has a page per card company (/codes/{service}/{slug}/{issuer}). */
  perIssuer?: true;
};

export type SearchIndex = {
  version: 1;
  docs: SearchDoc[];
  /** compactText of codes, aliases and names → [doc, term] pairs: the exact-match table. */
  exact: [key: string, hits: [doc: number, term: number][]][];
  /** normalised variant → normalised canonical word, longest first. */
  synonyms: [variant: string, canonical: string][];
  /**
   * The causes to check first when a code is not in the catalog (the diagnosis wizard's 「この中にない
   * コード」 answers): per service, and for any other case. Document numbers.
   */
  checks?: { fallback?: number; services: [service: string, doc: number][] };
};

export type MatchHow =
  /** The whole query, or a code pulled out of it, is a code, an alias or a name. */
  | "exact"
  /** What was typed is the start of a name (セブ → セブンカード), as the box suggests while typing. */
  | "start"
  /** A code of the same shape, one or two keystrokes away (PGES37 → PGSE37, PGSE99 → PGSE09). */
  | "similar"
  /** The query's words appear in the entry. */
  | "words"
  /** Words close to the query's (fuse.js). */
  | "fuzzy";

/** The ways of matching, strongest first; the engine keeps a result's way as its number here. */
export const MATCH_HOWS: readonly MatchHow[] = ["exact", "start", "similar", "words", "fuzzy"];
export const HOW = { exact: 0, start: 1, similar: 2, words: 3, fuzzy: 4 } as const satisfies Record<MatchHow, number>;

export type MatchReason = {
  how: MatchHow;
  field: TermField;
  /** The catalog text that matched (a code, alias or name; titles and summaries are not repeated). */
  term: string;
  /** True when what matched is the kana reading of `term` (the name shown), not `term` as written. */
  reading: boolean;
};

export type SearchResult = {
  kind: SearchKind;
  id: string;
  href: string;
  label: string;
  detail: string;
  score: number;
  reason: MatchReason;
  /** The card company whose page `href` opens, when the query named one with a code (ER323 楽天). */
  issuer?: string;
};

export type SearchOutcome = {
  /** The query after clamping; "" when it was blocked or empty. */
  query: string;
  /** True when the query looked like a card number: nothing was searched. */
  blocked: boolean;
  results: SearchResult[];
  /**
   * A code in the query as typed (OR-CCSEH-05, 「メルペイ エラー 9999」 → 9999) that is no code or alias of
   * the catalog: the page says so first. The results are then only what the rest of the query found and
   * codes of the same shape.
   */
  missingCode?: string;
};
