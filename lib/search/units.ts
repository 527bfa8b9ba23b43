/**
 * The units a Japanese word is matched by, as the CJK analysers of search engines do: character bigrams
 * of its kanji and of its kana, and single kanji (a kanji alone still means something: 額, 枠, 届). Kana
 * after kanji is an ending (okurigana: 届かない, 切れ, 足りない) and is left out, so 届かない meets 届きません
 * and 期限切れ meets 期限が切れている. Words are normalised text (normalizeText), so katakana is already
 * hiragana (カード → かど). Latin words and codes are not Japanese and have no units here.
 *
 * Why bigrams: without a dictionary, 「残高不足」 and 「カードの残高（使える金額）が足りない」 share the
 * bigram 残高 and the kanji 足, and a ranking weighted by how rare each unit is does the rest.
 */

const HAN = /\p{Script=Han}/u;
const HIRAGANA_ONLY = /^[\p{Script=Hiragana}]+$/u;
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}]/u;

/** A single kanji counts half a bigram: it matches more places. */
export const UNIGRAM_WEIGHT = 0.5;

/** True for a word matched by its units (kanji or kana), false for Latin words and codes. */
export const isJapaneseWord = (word: string): boolean => JAPANESE.test(word);

/** The units of one normalised word, each once: bigrams (length 2) and single kanji (length 1). */
export function japaneseUnits(word: string): string[] {
  const chars = [...word];
  const out = new Set<string>();
  if (HIRAGANA_ONLY.test(word)) {
    for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
    return [...out];
  }
  // Kanji runs give bigrams and single kanji; kana inside or after them is an ending.
  let run: string[] = [];
  const flush = () => {
    for (let i = 0; i < run.length; i++) {
      out.add(run[i] as string);
      if (i + 1 < run.length) out.add(`${run[i]}${run[i + 1]}`);
    }
    run = [];
  };
  for (const ch of chars) {
    if (HAN.test(ch)) run.push(ch);
    else flush();
  }
  flush();
  return [...out];
}

/** The weight of a unit in a match: a bigram 1, a single kanji UNIGRAM_WEIGHT. */
export const unitWeight = (unit: string): number => (unit.length >= 2 ? 1 : UNIGRAM_WEIGHT);

const segmenter: { segment(s: string): Iterable<{ segment: string; isWordLike?: boolean }> } | undefined = (() => {
  try {
    return typeof Intl !== "undefined" && "Segmenter" in Intl ? new Intl.Segmenter("ja", { granularity: "word" }) : undefined;
  } catch {
    return undefined;
  }
})();

// Particles that stand between two words of a query (カードの残高, 有効期限が切れた): never a word. Not も:
// it belongs to words people type whole (何度も, 何回も).
const PARTICLES = new Set(["が", "を", "に", "で", "は", "の", "へ", "から", "まで", "より"]);

// A word in kanji, katakana (with its long-vowel marks) or Latin letters ends here; ー after kana does not.
const AFTER_WORD = /(?:[\p{Script=Han}\p{Script=Katakana}\p{Script=Latin}\d]|\p{Script=Katakana}ー+)$/u;
const PARTICLE_AFTER_WORD = /(?<=\p{Script=Han}|\p{Script=Katakana}ー*)(?:が|を|に|で|は|の|へ)(?=\p{Script=Hiragana})/gu;

/**
 * Takes the particles out of a query as typed (カードが使えない, セキュリティロックをかけられた, この
 * カードはご利用…): a particle right after a word in kanji, katakana or Latin letters becomes a space, so
 * the kana after it is a word of its own and not 「をかけられた」. Intl.Segmenter tells a particle from the
 * first kana of a word; without it, a particle character between such a word and kana is taken as one.
 * Kana typed alone is left as it is (in ほんにんにんしょう, に is no particle). Queries only.
 */
export function spaceParticles(query: string): string {
  if (!/\p{Script=Hiragana}/u.test(query)) return query;
  if (!segmenter) return query.replace(PARTICLE_AFTER_WORD, " ");
  let out = "";
  for (const { segment } of segmenter.segment(query)) out += PARTICLES.has(segment) && AFTER_WORD.test(out) ? " " : segment;
  return out;
}

/**
 * Splits one normalised query word that contains kanji into the words a dictionary sees (残高不足 →
 * 残高, 不足; 利用限度額 → 利用, 限度, 額), with Intl.Segmenter where the platform has it. Kana that follows a
 * kanji segment is kept with it (止め|ら|れ|た → 止められた), particles are dropped. Without Segmenter, or
 * for a word without kanji, the word stays whole: units still match, only the weighting is coarser.
 * Used on queries only, so the index never depends on the segmenter of the machine that built it.
 */
export function splitQueryWord(word: string): string[] {
  if (!segmenter || !HAN.test(word)) return [word];
  const parts: string[] = [];
  for (const { segment } of segmenter.segment(word)) {
    if (PARTICLES.has(segment)) {
      parts.push("");
      continue;
    }
    const last = parts.length - 1;
    // An ending (kana after kanji) joins the kanji before it; a new kanji starts a new word.
    if (last >= 0 && parts[last] !== "" && HIRAGANA_ONLY.test(segment)) parts[last] += segment;
    else parts.push(segment);
  }
  const words = parts.filter((p) => p !== "");
  // The dictionary splits some two-kanji words (間違 → 間, 違): a split leaving a single kanji is not taken.
  return words.some((w) => /^\p{Script=Han}(?!\p{Script=Han})/u.test(w)) ? [word] : words;
}

/**
 * The words of each katakana run of a query as typed, by Intl.Segmenter (セキュリティロック → セキュリティ,
 * ロック), keyed by the run's normalised form (せきゆりていろつく): a compound the catalog does not have as
 * a word is then looked for by its parts. Empty without Segmenter. Queries only.
 */
export function katakanaParts(query: string, normalize: (s: string) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!segmenter) return out;
  for (const [run] of query.normalize("NFKC").matchAll(/[\p{Script=Katakana}ー]{4,}/gu)) {
    const parts = [...segmenter.segment(run)].map((s) => normalize(s.segment)).filter((p) => p !== "");
    if (parts.length > 1) out.set(normalize(run), parts);
  }
  return out;
}
