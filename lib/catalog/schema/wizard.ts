import { z } from "zod";
import { LIKELIHOODS } from "./code";
import { IdSchema, TextSchema } from "./common";
import { SERVICE_KINDS } from "./service";

/**
 * The diagnosis wizard's question graph (data/wizard.json).
 *
 * Only the first questions are written by hand (where it happened, what the screen shows when there is no
 * code). The code question is generated from the catalog: a "pick-code" node lists every code of the
 * services it covers, so codes added to data/codes/ are offered without editing this file. After a code
 * (or a hand-written outcome) is chosen, the wizard asks the cause questions attached to the candidate
 * causes, then which card company, then shows the diagnosis.
 */

/** A cause that an answer points at, ranked like a code's causes. */
export const OutcomeCauseSchema = z
  .object({
    cause: IdSchema,
    likelihood: z.enum(LIKELIHOODS),
    note: TextSchema.optional(),
  })
  .strict();

export const OptionSchema = z
  .object({
    /** The URL segment for this answer: a-z, 0-9 and hyphens, unique within the node. */
    id: IdSchema,
    label: TextSchema,
    hint: TextSchema.optional(),
    /** Marks 「どれにも当てはまらない」「わからない」: every node needs one, and it must lead somewhere useful. */
    escape: z.boolean().default(false),
    /** Either the next node … */
    next: IdSchema.optional(),
    /** … or the causes this answer points at (then the cause questions and the diagnosis follow). */
    outcome: z.array(OutcomeCauseSchema).min(1).optional(),
  })
  .strict();

const NodeBase = {
  id: IdSchema,
  /** A few words for the list of answers so far: 「場所」「画面の表示」. */
  title: TextSchema,
  question: TextSchema,
  hint: TextSchema.optional(),
};

export const ChoiceNodeSchema = z
  .object({ ...NodeBase, kind: z.literal("choice"), options: z.array(OptionSchema).min(2) })
  .strict();

/**
 * Lists the codes of the services it covers, then its own options (「コードは出ていない」 …).
 * A service is covered by the first pick-code node naming it in `services`, else by the first whose
 * `kinds` include the service's kind; so a new service of a known kind is reachable with no edit here.
 */
export const PickCodeNodeSchema = z
  .object({
    ...NodeBase,
    kind: z.literal("pick-code"),
    services: z.array(IdSchema).default([]),
    kinds: z.array(z.enum(SERVICE_KINDS)).default([]),
    options: z.array(OptionSchema).min(1),
  })
  .strict();

export const NodeSchema = z.discriminatedUnion("kind", [ChoiceNodeSchema, PickCodeNodeSchema]);

export const EffectSchema = z
  .object({
    cause: IdSchema,
    /** raise: more likely (+3); lower: the answer speaks against it (kept, listed last). */
    effect: z.enum(["raise", "lower"]),
  })
  .strict();

export const QuestionOptionSchema = z
  .object({
    id: IdSchema,
    label: TextSchema,
    escape: z.boolean().default(false),
    effects: z.array(EffectSchema).default([]),
    /** The answer settles it: ask no more cause questions. */
    stop: z.boolean().default(false),
  })
  .strict();

/**
 * A question that tells causes apart, attached to the causes it is about. It is asked (in file order)
 * while two or more candidate causes are still open and one of them is in `for`.
 */
export const CauseQuestionSchema = z
  .object({
    id: IdSchema,
    for: z.array(IdSchema).min(1),
    title: TextSchema,
    question: TextSchema,
    hint: TextSchema.optional(),
    options: z.array(QuestionOptionSchema).min(2),
  })
  .strict();

/** The last question: which card company, so the diagnosis can fill in that company's parts. */
export const IssuerQuestionSchema = z
  .object({
    title: TextSchema,
    question: TextSchema,
    hint: TextSchema.optional(),
    /** 「そのほか・わからない」: the answer id is "other". */
    otherLabel: TextSchema,
  })
  .strict();

export const WizardFileSchema = z
  .object({
    $schema: z.string().optional(),
    start: IdSchema,
    nodes: z.array(z.unknown()),
    questions: z.array(z.unknown()),
    issuerQuestion: IssuerQuestionSchema,
  })
  .strict();

export type OutcomeCause = z.infer<typeof OutcomeCauseSchema>;
export type WizardOption = z.infer<typeof OptionSchema>;
export type ChoiceNode = z.infer<typeof ChoiceNodeSchema>;
export type PickCodeNode = z.infer<typeof PickCodeNodeSchema>;
export type WizardNode = z.infer<typeof NodeSchema>;
export type CauseQuestion = z.infer<typeof CauseQuestionSchema>;
export type QuestionOption = z.infer<typeof QuestionOptionSchema>;
export type IssuerQuestion = z.infer<typeof IssuerQuestionSchema>;

export type Wizard = {
  start: string;
  nodes: WizardNode[];
  questions: CauseQuestion[];
  issuerQuestion: IssuerQuestion;
};

/** The answer id of 「そのほか・わからない」 on the card-company question. */
export const OTHER_ISSUER = "other";
