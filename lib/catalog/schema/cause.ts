import { z } from "zod";
import { IdSchema, SourceRefsSchema, TextSchema } from "./common";

/** Who can make the payment go through. */
export const FIXERS = ["user", "issuer", "merchant", "service"] as const;
export const FixerSchema = z.enum(FIXERS);

/**
 * A step may ask the page to fill in the chosen card company's own part:
 * its 3-D Secure page, what its password or one-time code is called, how a lock is lifted, whom to call.
 */
// "unlock" lifts a 3-D Secure lock after wrong passwords; "fraud-unlock" lifts a stop for suspected fraud.
// They are different routes at most card companies, so a fact for one must never be shown under the other.
export const ISSUER_PARTS = ["three-d-secure", "auth-method", "unlock", "fraud-unlock", "contact"] as const;

export const StepSchema = z
  .object({
    text: TextSchema,
    issuerPart: z.enum(ISSUER_PARTS).optional(),
    /** Extra sources for this step; the cause's sources apply to every step. */
    sources: SourceRefsSchema.default([]),
  })
  .strict();

/** A waiting period as data, so a page can turn it into a date. */
export const WaitSchema = z
  .object({
    hours: z.number().int().positive(),
    /** What the clock starts from, in words: 「クレジットチャージの事前登録」. */
    from: TextSchema,
    /** The hour of day from which it works again, if the source gives one (e.g. 6 for 6:00). */
    atHour: z.number().int().min(0).max(23).optional(),
    note: TextSchema.optional(),
  })
  .strict();

export const CauseSchema = z
  .object({
    id: IdSchema,
    title: TextSchema,
    /** What happened, in one or two plain sentences. */
    summary: TextSchema,
    fixer: FixerSchema,
    steps: z.array(StepSchema).min(1),
    /** What not to do, e.g. retrying a wrong password again and again. */
    dontDo: z.array(TextSchema).default([]),
    waits: z.array(WaitSchema).default([]),
    sources: SourceRefsSchema,
  })
  .strict();

export type Cause = z.infer<typeof CauseSchema>;
export type Step = z.infer<typeof StepSchema>;
export type Wait = z.infer<typeof WaitSchema>;
export type Fixer = z.infer<typeof FixerSchema>;
export type IssuerPart = (typeof ISSUER_PARTS)[number];
