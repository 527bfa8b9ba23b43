import { foldBase, normalizeText, tokenize } from "./normalize";
import { isJapaneseWord, katakanaParts, splitQueryWord } from "./units";

/**
 * The words of a query the word stage scores, from its folded form (normalised, synonyms folded):
 * Japanese words split where a dictionary would (Intl.Segmenter), particles, endings and empty words of
 * English screens dropped, each word once, at most `max`.
 */
export type QueryWord = {
  readonly text: string;
  /**
   * True for a Latin piece of a longer typed word (do and not of do_not_honor): it is matched as a whole
   * word only, never as the start of a name (do is not the start of docomo here).
   */
  readonly wholeOnly: boolean;
  /** True for a synonym group's word of several words (かど 番号): its words are looked for together. */
  readonly together?: true;
};

// Particles and endings that carry no meaning alone once a query is split into words.
const STOP_WORDS = new Set(["から", "まで", "です", "ます", "した", "ない", "する", "こと", "ため", "ので", "ている", "てる", "される", "された", "されて", "されました", "されている", "できない", "この", "その", "あの", "どの", "ここ", "そこ",
  // エラー and エラーコード alone say only that something went wrong.
  "えら", "えらこど"]);
// Words of English payment screens that say nothing about the problem ("Your card was declined.").
const ENGLISH_STOP_WORDS = new Set(
  ("a an the is was are were be been has have had to for of on in at by with after from my your our this that it its " +
    "please use using try another other unable cannot can could not no do does did again i me we you and or but so if " +
    "when because due complete completed process processed there problem issue sorry")
    .split(" "),
);

// One letter or kana matches almost everything; one kanji (額, 券) still means something.
const keep = (t: string) =>
  !((t.length === 1 && !/^\p{Script=Han}$/u.test(t)) || STOP_WORDS.has(t) || ENGLISH_STOP_WORDS.has(t));

/** Latin pieces of words joined by _ or - as typed (do_not_honor, or-ccseh-05), normalised. */
function joinedPieces(query: string): Set<string> {
  const pieces = new Set<string>();
  for (const m of foldBase(query).matchAll(/[a-z0-9]+(?:[_-][a-z0-9]+)+/g))
    for (const p of m[0].split(/[_-]/)) pieces.add(normalizeText(p));
  return pieces;
}

/**
 * `isWord` tells a word the catalog has: a compound it lacks (残高不足, セキュリティロック) is looked for by
 * its parts (残高 and 不足, セキュリティ and ロック), and `fold` folds a part as the index does (ロック's synonyms).
 */
export function queryWords(query: string, folded: string, max: number, isWord: (w: string) => boolean = () => true, fold: (s: string) => string = (s) => s): QueryWord[] {
  const pieces = joinedPieces(query);
  const compounds = katakanaParts(query, (s) => fold(normalizeText(s)));
  const split = (token: string) => {
    // A word the catalog has stays whole (本人認証); one it lacks is looked for by its parts (残高不足).
    if (isJapaneseWord(token) && /\p{Script=Han}/u.test(token)) return isWord(token) ? [token] : splitQueryWord(token);
    const parts = compounds.get(token);
    return parts && !isWord(token) ? parts.flatMap((p) => tokenize(p)) : [token];
  };
  const seen = new Set<string>();
  const out: QueryWord[] = [];
  for (const token of tokenize(folded))
    for (const word of split(token)) {
      if (!keep(word) || seen.has(word) || out.length >= max) continue;
      seen.add(word);
      out.push({ text: word, wholeOnly: pieces.has(word) });
    }
  return out;
}
