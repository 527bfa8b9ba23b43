import { z } from "zod";
import { IdSchema, SourceRefsSchema, TextSchema } from "./common";

/** A fact about the card company with its own sources, so each can be dated and re-checked. */
const SourcedTextSchema = z.object({ text: TextSchema, sources: SourceRefsSchema }).strict();

export const IssuerSchema = z
  .object({
    id: IdSchema,
    names: z
      .object({
        ja: TextSchema,
        kana: TextSchema,
        latin: TextSchema,
        /** Other names people type: 「セゾン」「SAISON」. */
        aliases: z.array(TextSchema).default([]),
      })
      .strict(),
    brands: z.array(IdSchema),
    threeDSecure: z
      .object({
        url: z.string().min(1),
        /** Where this URL comes from (normally seed 001, dated 2025-03-27). */
        sources: SourceRefsSchema,
        /** Set when research says the page may be old or moved; shown beside the link. */
        datedNote: TextSchema.optional(),
      })
      .strict(),
    /** How the card company checks the person: password, one-time code by SMS or e-mail, app. */
    authMethod: SourcedTextSchema.optional(),
    /** What the password or code is called there, e.g. 「判定状況確認用キーワード」. */
    passwordName: SourcedTextSchema.optional(),
    /** How a 3-D Secure lock (after wrong passwords or codes) is lifted. */
    unlock: SourcedTextSchema.optional(),
    /** How a stop for suspected fraud is lifted (often the card company calls first). */
    fraudUnlock: SourcedTextSchema.optional(),
    contact: SourcedTextSchema.optional(),
  })
  .strict();

export type Issuer = z.infer<typeof IssuerSchema>;
