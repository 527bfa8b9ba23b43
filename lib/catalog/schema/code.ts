import { z } from "zod";
import { IdSchema, SourceRefsSchema, TextSchema } from "./common";

export const LIKELIHOODS = ["high", "medium", "low"] as const;

/** How much is known of what the code means. */
export const MEANING_STATUSES = ["known", "uncertain", "unknown"] as const;

export const CodeCauseSchema = z
  .object({
    cause: IdSchema,
    likelihood: z.enum(LIKELIHOODS),
    /** Why this cause fits this code, if it needs saying. */
    note: TextSchema.optional(),
  })
  .strict();

export const CodeSchema = z
  .object({
    /** Lower-case URL segment: /codes/{service}/{slug}. */
    slug: IdSchema,
    /** The code as the service writes it: PGSE37, ER323, 42G300000. */
    code: TextSchema,
    /** Other forms people see or type: 「サーバーエラー:PGSE37」, 「G30-42G300000」. */
    aliases: z.array(TextSchema).default([]),
    /** The message on the screen, where a source quotes or paraphrases it. */
    message: z
      .object({ text: TextSchema, quoted: z.boolean(), sources: SourceRefsSchema })
      .strict()
      .optional(),
    title: TextSchema,
    summary: TextSchema,
    meaning: z.enum(MEANING_STATUSES),
    /** Said plainly when the meaning is uncertain or unknown. */
    meaningNote: TextSchema.optional(),
    causes: z.array(CodeCauseSchema),
    related: z.array(IdSchema).default([]),
    /** Informational codes people rarely need to act on (3-D Secure's confidence levels, reasons 15–18):
     * card-company pages list them apart, below the codes that need a fix. */
    secondary: z.boolean().default(false),
    /** Where this code's page used to be ("service/slug"), so links people shared keep working. */
    formerKeys: z.array(IdSchema).default([]),
    sources: SourceRefsSchema,
  })
  .strict();

export type Code = z.infer<typeof CodeSchema>;
export type CodeCause = z.infer<typeof CodeCauseSchema>;
export type Likelihood = (typeof LIKELIHOODS)[number];
