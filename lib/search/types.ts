/**
 * The search index as plain, serialisable data: built on the server from the catalog, shipped to the
 * browser as JSON, turned into an engine by createSearchEngine. Nothing here holds functions or Maps.
 */

export const SEARCH_KINDS = ["code", "issuer", "service", "cause"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Which part of an entry a search term comes from; it decides the weight and the "why" shown. */
export const TERM_FIELDS = ["code", "alias", "name", "keyword", "title", "summary"] as const;
export type TermField = (typeof TERM_FIELDS)[number];

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
  /** Unique per kind: "nanaco/pgse37", "saison", "emv-3ds", "threeds-password-lock". */
  id: string;
  href: string;
  /** The main line of a result: the code, the card company's name, the cause's title. */
  label: string;
  /** The second line: "nanaco：本人認証サービス…", the company's latin name, … */
  detail: string;
  terms: SearchTerm[];
};

export type SearchIndex = {
  version: 1;
  docs: SearchDoc[];
  /** compactText of codes, aliases and names → [doc, term] pairs: the exact-match table. */
  exact: [key: string, hits: [doc: number, term: number][]][];
  /** normalised variant → normalised canonical word, longest first. */
  synonyms: [variant: string, canonical: string][];
};

export type MatchHow =
  /** The whole query, or a code pulled out of it, is a code, an alias or a name. */
  | "exact"
  /** A code one or two keystrokes away (PGES37 → PGSE37). */
  | "similar"
  /** The query's words appear in the entry. */
  | "words"
  /** Words close to the query's (fuse.js). */
  | "fuzzy";

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
};

export type SearchOutcome = {
  /** The query after clamping; "" when it was blocked or empty. */
  query: string;
  /** True when the query looked like a card number: nothing was searched. */
  blocked: boolean;
  results: SearchResult[];
};
