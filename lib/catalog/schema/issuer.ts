import { z } from "zod";
import { IdSchema, SourceRefsSchema, TextSchema } from "./common";

/** Where a company's card lines differ (Saison's Amex line, d カード by number range, UC by partner
 * bank), the fact for one line: `applies` names the line in the words its holders know. */
const FactVariantSchema = z.object({ applies: TextSchema, text: TextSchema, sources: SourceRefsSchema }).strict();

/** A fact about the card company with its own sources, so each can be dated and re-checked. */
const SourcedTextSchema = z
  .object({ text: TextSchema, sources: SourceRefsSchema, variants: z.array(FactVariantSchema).optional() })
  .strict();

/** A phone line. Only from the company's own page or two independent sources that agree. */
export const PhoneLineSchema = z
  .object({
    /** What the line is for: "general" (questions about the card), "lost-stolen" (24-hour loss/theft). */
    purpose: z.enum(["general", "lost-stolen", "security"]),
    /** The name the company gives the desk: 「楽天カードコンタクトセンター」. */
    label: TextSchema,
    /** As written on the company's page: 0120-xx-xxxx. */
    number: z.string().regex(/^(0\d{1,4}-\d{1,4}-\d{3,4}|\+\d[\d-]+)$/, "電話番号は 0120-00-0000 の形で書きます"),
    /** Opening hours as the page gives them: 「9:30〜17:30（1 月 1 日休み）」, 「24 時間・年中無休」. */
    hours: TextSchema.optional(),
    sources: SourceRefsSchema,
  })
  .strict();

/** Whom to call: a sentence for the page, the official contact page, and phone lines where sourced. */
const ContactSchema = z
  .object({
    text: TextSchema,
    /** The company's own contact page (https), always safe to link even when no number is certain. */
    page: z.string().min(1).optional(),
    phones: z.array(PhoneLineSchema).optional(),
    sources: SourceRefsSchema,
  })
  .strict();

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
    /** Where the brand list comes from (the company's card list, or two agreeing pages). */
    brandSources: SourceRefsSchema.default([]),
    threeDSecure: z
      .object({
        url: z.string().min(1),
        /** The page's own title, as seen when it was checked. */
        title: TextSchema.optional(),
        /** Where this URL comes from (normally seed 001, dated 2025-03-27). */
        sources: SourceRefsSchema,
        /** Set when research says the page may be old or moved; shown beside the link. */
        datedNote: TextSchema.optional(),
      })
      .strict(),
    /** How the card company checks the person: password, one-time code by SMS or e-mail, app. */
    authMethod: SourcedTextSchema.extend({
      /** When the method last changed (fixed password → one-time code), as precisely as a source dates it:
       * a day (2025-03-14) or only a month (2023-02). */
      changedOn: z
        .string()
        .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, "年月日（2025-03-14）か年月（2023-02）で書いてください")
        .optional(),
    })
      .strict()
      .optional(),
    /** What the password or code is called there, e.g. 「判定状況確認用キーワード」. */
    passwordName: SourcedTextSchema.extend({
      /** The company's page where the password is set or reset (https; its own domain only). */
      resetUrl: z.string().min(1).optional(),
    })
      .strict()
      .optional(),
    /** How a 3-D Secure lock (after wrong passwords or codes) is lifted. */
    unlock: SourcedTextSchema.optional(),
    /** How a stop for suspected fraud is lifted (often the card company calls first). */
    fraudUnlock: SourcedTextSchema.optional(),
    contact: ContactSchema.optional(),
  })
  .strict();

export type Issuer = z.infer<typeof IssuerSchema>;
export type PhoneLine = z.infer<typeof PhoneLineSchema>;

/** The five facts a card company can have, in the order pages show them. */
export const ISSUER_FACT_KEYS = ["authMethod", "passwordName", "unlock", "fraudUnlock", "contact"] as const;
export type IssuerFactKey = (typeof ISSUER_FACT_KEYS)[number];

/** A fact's per-card-line versions; contact has none. */
export function factVariants(fact: NonNullable<Issuer[IssuerFactKey]>): readonly z.infer<typeof FactVariantSchema>[] {
  return "variants" in fact ? (fact.variants ?? []) : [];
}
