/** English twin of ../search.ts: the search box, the /search page and the search index. */
import type { SEARCH_TEXT } from "../search";
import type { Shape } from "../shape";

export const SEARCH_TEXT_EN = {
  label: "Search by error code, card company or problem",
  placeholder: "e.g. PGSE37, ER323, Saison",
  // Short enough to show whole in the box on a 360 px phone; the label above says the rest.
  heroPlaceholder: "e.g. PGSE37, 3-D Secure",
  submit: "Search",
  hint: "You can type the text exactly as it appears on your screen (full-width characters and symbols are fine).",
  /** Shown the moment something like a card number is typed. */
  cardNumberWarning: "This looks like a card number. Do not type your card number, security code or password. Nothing was searched.",
  cardNumberWarningServer:
    "Your search had numbers that look like a card number, so nothing was searched. Do not type your card number, security code or password into the search.",
  loading: "Loading…",
  loadFailed: "Could not load suggestions. Press Search to open the results page.",
  resultsCount: (n: number) => (n === 1 ? "1 suggestion" : `${n} suggestions`),
  noSuggestions: "No suggestions found. Press Enter to open the search results page.",
  /** In the suggestion list, above the options, for a code the catalog lacks. */
  missingShort: (code: string) => `「${code}」 is not on this site yet`,
  listboxLabel: "Search suggestions",
  kind: {
    code: "Error code",
    issuer: "Card company",
    brand: "Card brand",
    service: "Service",
    cause: "Cause",
  },
  /**
   * Why a result matched, in plain words, or nothing (a title or a description is already on screen).
   * `what` is a code, an on-screen wording or a name from the catalog.
   */
  reason: {
    /** The query is this code, wording or name. */
    same: {
      code: (what: string) => (what ? `Matches 「${what}」` : "Matches the code you typed"),
      alias: (what: string) => (what ? `Matches the on-screen message 「${what}」` : "Matches the on-screen message"),
      name: (what: string) => (what ? `Matches the name 「${what}」` : "Matches the name"),
    },
    /** What was typed is the start of this code or name, as it is being typed. */
    start: (what: string) => (what ? `Matches the start of 「${what}」` : "Matches the start of what you typed"),
    /** A code of the same shape (a keystroke away, or the same letters): no claim that it was meant. */
    similar: "A code of a similar shape",
    /** Some words of the query are in this name or wording. */
    contains: (what: string) => `Matches words in 「${what}」`,
    /** A word close to a typed one (a typo or a different ending). */
    close: "Found by a similar word",
    /** The match is the kana reading of this name: the name is shown, never the reading. */
    reading: (what: string) => `Matches the kana reading of 「${what}」`,
  },
  /** The second line of a code's result for one card company (ER323 Rakuten Card). */
  forCompany: (company: string, detail: string) => `For ${company}: ${detail}`,
  causeSeenIn: (codes: readonly string[]) =>
    codes.length > 0 ? `Cause of ${codes.slice(0, 3).join(", ")}${codes.length > 3 ? " and others" : ""}` : "Cause",
  /** The second line of a brand's result: its 3-D Secure programme's former names, or what the page is. */
  brandDetail: (formerNames: readonly string[]) =>
    formerNames.length > 0 ? `Formerly: ${formerNames.join(", ")}` : "Its 3-D Secure service's names and the card companies it covers",
  page: {
    title: "Search",
    titleWithQuery: (q: string) => `Search results for 「${q}」`,
    heading: "Search",
    resultsHeading: (q: string) => `Search results for 「${q}」`,
    empty:
      "Type an error code, a card company's name, or what went wrong. You can type the Japanese words too, e.g. 「本人認証 パスワード 間違えた」 (identity check, password, got it wrong).",
    none: (q: string) => `Nothing matched 「${q}」.`,
    noneHelp: "Try writing it another way (e.g. ER-323 → ER323), or try the options below.",
    nearestHeading: "Similar error codes",
    /** A code the catalog lacks: said before anything else. */
    missing: (code: string) => `「${code}」 is not on this site yet.`,
    missingHelp: "We have not looked into what this code means yet. The items below may help.",
    missingRelatedHeading: "Codes of a similar shape, and related items",
    checksLead: "Check this first",
    diagnoseLead: "If you do not know the code, answer a few questions to narrow down the cause.",
    diagnoseLink: "Answer questions to find the cause",
    tooLong: (max: number) => `Your search was too long, so we searched only the first ${max} characters.`,
    needsJs:
      "This version of the site uses JavaScript to show search results. If JavaScript is off, please look in the error code list on the home page.",
    homeLink: "Go to the error code list on the home page",
  },
} as const satisfies Shape<typeof SEARCH_TEXT>;
