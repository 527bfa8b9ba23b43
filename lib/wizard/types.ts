import type { CatalogCode } from "../catalog/schema/catalog";
import type { Cause } from "../catalog/schema/cause";
import type { Issuer } from "../catalog/schema/issuer";
import type { Service } from "../catalog/schema/service";
import type { OutcomeCause, Wizard } from "../catalog/schema/wizard";

/**
 * The wizard's shapes: the data it runs on, the screens it produces, and what resolving a path returns.
 * lib/wizard/machine.ts turns answers into screens; lib/wizard/paths.ts maps URLs to answers.
 */

export type WizardData = {
  wizard: Wizard;
  services: readonly Service[];
  codes: readonly CatalogCode[];
  causes: readonly Cause[];
  issuers: readonly Issuer[];
};

/**
 * One answer button. On the card-company question, `likely` marks the companies offered first (the
 * service's featured ones, then the common ones); the rest follow behind a filter.
 */
export type AnswerOption = { id: string; label: string; hint?: string; escape: boolean; likely?: boolean };

export type QuestionScreen = {
  kind: "question";
  /** "node:{id}", "question:{id}" or "issuer", for tests and keys. */
  key: string;
  title: string;
  question: string;
  hint?: string;
  /** Codes grouped by service (pick-code nodes only), listed before `options`. */
  codeGroups: { service: Service; options: AnswerOption[] }[];
  options: AnswerOption[];
};

/** A candidate cause as the answers left it. */
export type Candidate = OutcomeCause & { score: number; raised: boolean; lowered: boolean };

/**
 * How sure the wizard is of its top cause: answers pointed at it (sure), it leads (likely), several are
 * level (several), or nothing specific is known (unclear: an escape answer or a code of unknown meaning).
 */
export type Sureness = "sure" | "likely" | "several" | "unclear";

export type DiagnosisScreen = {
  kind: "diagnosis";
  key: "diagnosis";
  service?: string;
  /** "service/slug" when a code was chosen. */
  code?: string;
  /** Ranked: most likely first; causes the answers spoke against come last. */
  candidates: Candidate[];
  sureness: Sureness;
  /** The person took a 「どれにも当てはまらない」 exit at some point. */
  escaped: boolean;
  /** The card-company question was asked (it is skipped when the company changes nothing). */
  issuerAsked: boolean;
};

export type Screen = QuestionScreen | DiagnosisScreen;

export type AnsweredStep = { screen: QuestionScreen; answer: AnswerOption; /** the path that shows this question */ path: string[] };

export type Resolved = {
  /** The canonical answer path (an alias like code/au-pay/er323 resolves to its canonical form). */
  path: string[];
  steps: AnsweredStep[];
  screen: Screen;
  /** At most this many questions remain (0 on the diagnosis). */
  remaining: number;
};
