import { z } from "zod";
import { IdSchema, SourceRefsSchema, TextSchema } from "./common";

/** An international card brand and its 3-D Secure programme. */
export const BrandSchema = z
  .object({
    id: IdSchema,
    name: TextSchema,
    /** The 3-D Secure programme's current name, e.g. "Visa Secure". */
    programme: TextSchema,
    /** Names people still type from older pages (3-D Secure 1.0 ended in 2022). */
    formerNames: z.array(TextSchema).default([]),
    /** Other ways people type the brand or its programme, in kana or short forms: 「セーフキー」「アメックス」. */
    aliases: z.array(TextSchema).default([]),
    url: z.string().min(1),
    sources: SourceRefsSchema,
  })
  .strict();

export type Brand = z.infer<typeof BrandSchema>;
