import { z } from "zod";

/** Ids used in URLs and references. Format rules (a-z0-9-) are checked by the validator, so the
 * message can name file, entry and field rather than failing inside zod. */
export const IdSchema = z.string().min(1);

/** A date an editor last checked a claim against its source, YYYY-MM-DD. */
export const IsoDateSchema = z.iso.date();

/** Plain Japanese text shown to people. */
export const TextSchema = z.string().trim().min(1);

/** References to entries in data/sources.json. */
export const SourceRefsSchema = z.array(IdSchema);

/**
 * A working note for editors (how a source was read, why a list is ordered): kept with the entry it is
 * about, never shown to visitors. Text meant for visitors goes in the entry's own fields.
 */
export const EditorNoteSchema = TextSchema.optional();
