import { z } from "zod";
import { EditorNoteSchema, IdSchema, IsoDateSchema, TextSchema } from "./common";

/** How far a source can be trusted, strongest first. */
export const CONFIDENCE_LEVELS = ["official", "vendor", "third-party", "seed"] as const;
export const ConfidenceSchema = z.enum(CONFIDENCE_LEVELS);

export const SourceSchema = z
  .object({
    id: IdSchema,
    title: TextSchema,
    publisher: TextSchema,
    /** A public page. https only (checked by the validator). */
    url: z.string().min(1).optional(),
    /** Or one of the seed documents in ../shared/seeds/, by file name. */
    seed: z.string().min(1).optional(),
    confidence: ConfidenceSchema,
    /** When the source itself was published or last updated, if it says. */
    published: IsoDateSchema.optional(),
    lastVerified: IsoDateSchema,
    /** Why this source is weak or dated, shown to readers. */
    caveat: TextSchema.optional(),
    editorNote: EditorNoteSchema,
  })
  .strict();

export type Source = z.infer<typeof SourceSchema>;
export type Confidence = z.infer<typeof ConfidenceSchema>;
