/** One text of an entry, named by its field so a repeat can say where it stands. */
export interface FieldText {
  field: string;
  text: string;
}

export interface RepeatedSentence {
  /** Where the sentence stands again. */
  field: string;
  /** Where it stood first (may be the same field, when one text says it twice). */
  firstField: string;
  sentence: string;
}

/** Sentences end at 。！？ (or the text's end); spaces are squeezed so a doubled space does not hide a repeat. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。！？])/)
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => s.length > 0);
}

/**
 * Sentences said twice among one entry's texts. A page shows an entry's texts together, so a caveat
 * copied into two fields is read twice; it belongs in one place, with that place's sources.
 */
export function repeatedSentences(texts: readonly FieldText[]): RepeatedSentence[] {
  const firstSeen = new Map<string, string>();
  const repeats: RepeatedSentence[] = [];
  for (const { field, text } of texts) {
    for (const sentence of sentencesOf(text)) {
      const firstField = firstSeen.get(sentence);
      if (firstField === undefined) firstSeen.set(sentence, field);
      else repeats.push({ field, firstField, sentence });
    }
  }
  return repeats;
}
