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
  cardNumberWarning:
    "This looks like a card number. Do not type your card number, security code or password. Nothing was searched.",
  cardNumberWarningServer:
    "Your search had numbers that look like a card number, so nothing was searched. Do not type your card number, security code or password anywhere.",
  loading: "Loading…",
  loadFailed: "Could not load suggestions. Press Search to open the results page.",
  resultsCount: (n: number) => (n === 1 ? "1 suggestion" : `${n} suggestions`),
  noSuggestions: "No suggestions found. Press Enter to open the search results page.",
  listboxLabel: "Search suggestions",
  kind: {
    code: "Error code",
    issuer: "Card company",
    service: "Service",
    cause: "Cause",
  },
  field: {
    code: "Code",
    alias: "Written form",
    name: "Name",
    keyword: "Keyword",
    title: "Title",
    summary: "Description",
  },
  /** Before `how` when the match was a name's kana reading: Name「nanaco」 (by its kana reading) + matches. */
  readingOf: (what: string) => `${what} (by its kana reading)`,
  how: {
    exact: " matches",
    similar: " is close (we allowed for typing differences)",
    words: ": words match",
    fuzzy: ": similar words",
  },
  causeSeenIn: (codes: readonly string[]) =>
    codes.length > 0 ? `Cause of ${codes.slice(0, 3).join(", ")}${codes.length > 3 ? " and others" : ""}` : "Cause",
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
    diagnoseLead: "If you do not know the code, answer a few questions to narrow down the cause.",
    diagnoseLink: "Answer questions to find the cause",
    tooLong: (max: number) => `Your search was too long, so we searched only the first ${max} characters.`,
    needsJs:
      "This version of the site uses JavaScript to show search results. If JavaScript is off, please look in the error code list on the home page.",
    homeLink: "Go to the error code list on the home page",
  },
} as const satisfies Shape<typeof SEARCH_TEXT>;
