import { z } from "zod";
import { TextSchema } from "./common";

/**
 * English twins of catalog files, under data/en/ at the same path as the Japanese file
 * (data/en/codes/stripe.json beside data/codes/stripe.json). Each entry (by id, or slug in a code file)
 * maps a field path of the Japanese entry ("title", "steps[2].text") to its English text, so the
 * validator can name exactly which field of which entry still lacks English.
 */
export const TranslationFileSchema = z
  .object({
    $schema: z.string().optional(),
    entries: z.record(z.string(), z.record(z.string(), TextSchema)),
  })
  .strict();

export type TranslationFile = z.infer<typeof TranslationFileSchema>;

/** English texts by entity kind, then entity id ("stripe/do-not-honor" for codes), then field path. */
export type Translations = Record<string, Record<string, Record<string, string>>>;
