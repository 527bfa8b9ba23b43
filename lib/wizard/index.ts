// The diagnosis wizard: its shapes (types.ts), the state machine (machine.ts), URL paths and walks
// (paths.ts) and the validator (validate.ts). Pages, the search index and tests import from here.
export { OTHER_ISSUER } from "../catalog/schema/wizard";
export * from "./types";
export {
  CODE_ALIAS,
  coverMap,
  ISSUER_KEY,
  ISSUER_QUERY,
  issuerFragment,
  issuerFromFragment,
  MAX_CAUSE_QUESTIONS,
  RESULT,
} from "./machine";
export { codePath, resolveAnswers, walkPaths } from "./paths";
export { MAX_QUESTIONS, validateWizard } from "./validate";
