/** The pure search module: normalisation, card-number check, index building and the engine. */
export { MAX_QUERY_LENGTH, DEFAULT_RESULT_LIMIT, clampQuery } from "./limits";
export { normalizeText, compactText, extractCodeCandidates, tokenize, foldBase, foldKana } from "./normalize";
export { containsCardNumber, passesLuhn } from "./card-number";
export { SYNONYM_GROUPS, buildSynonymTable } from "./synonyms";
export { createCanonicalizer } from "./canonicalize";
export { editDistance } from "./edit-distance";
export { buildSearchIndex, type IndexSource } from "./build-index";
export { createSearchEngine, type SearchEngine } from "./engine";
export * from "./types";
