import { z } from "zod";
import { EditorNoteSchema, IdSchema, SourceRefsSchema, TextSchema } from "./common";

// "card-network": answer codes of the card networks, shown by many gateways and terminals (G30, G54…);
// "app-store": app and content stores that charge a saved card (Google Play, App Store).
export const SERVICE_KINDS = ["emoney", "wallet", "transit", "three-d-secure", "gateway", "card-network", "app-store"] as const;

/** A place where a payment fails and shows a code: nanaco, au PAY, a gateway, 3-D Secure itself. */
export const ServiceSchema = z
  .object({
    id: IdSchema,
    name: TextSchema,
    kana: TextSchema.optional(),
    kind: z.enum(SERVICE_KINDS),
    operator: TextSchema,
    summary: TextSchema,
    /** Facts about the service people must know first (e.g. only Seven Card can be newly registered). */
    notes: z
      .array(z.object({ text: TextSchema, sources: SourceRefsSchema }).strict())
      .default([]),
    /**
     * Card companies listed first wherever this service's people choose theirs (code pages, the wizard),
     * with the sourced reason shown beside the list: nanaco takes only Seven Card for new registrations.
     */
    featuredIssuers: z
      .object({
        ids: z.array(IdSchema).min(1),
        /** The fact itself, shown to visitors (in 「まず、これを」 and beside the list). */
        reason: TextSchema,
        editorNote: EditorNoteSchema,
        sources: SourceRefsSchema,
      })
      .strict()
      .optional(),
    sources: SourceRefsSchema,
  })
  .strict();

export type Service = z.infer<typeof ServiceSchema>;
