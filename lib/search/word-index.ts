import { tokenize } from "./normalize";

/**
 * An inverted index over the words of every term of a SearchIndex, built once when an engine is created
 * (derived from the index, so the JSON sent to the browser does not grow). It answers the two questions
 * the word stage asks, reading only the words concerned instead of every document:
 *  - which terms contain this piece of text inside one word (a query word is matched as a substring of
 *    an indexed word: ぺいめんと finds gmoぺいめんとげとうえい);
 *  - which indexed words share most characters with a typo (the candidates for fuzzy correction).
 * Pieces are looked up through their one- and two-unit grams: the rarest bigram of a piece names the few
 * words that can contain it, which are then checked with includes().
 */
export type WordIndex = {
  /** Distinct words in order of first appearance (documents, then terms, then words). */
  readonly words: readonly string[];
  /** Ids of the words that contain `piece`, ascending. */
  wordsContaining(piece: string): number[];
  /** Ids of words containing `char` (one code point, so one or two UTF-16 units), ascending. */
  wordsWithChar(char: string): Int32Array;
  /** Terms whose normalised text has word `id`, as term numbers (see termStart), ascending. */
  termsWith(id: number): Int32Array;
  /** Terms are numbered document after document: doc d's term ti is termStart[d] + ti. */
  readonly termStart: Int32Array;
  /** The document of each term number. */
  readonly docOf: Int32Array;
  /** The id of the first word of each term number (-1 for a term without words). */
  readonly firstWord: Int32Array;
};

type TermSource = { readonly terms: readonly { readonly norm: string }[] };

const NONE = new Int32Array(0);

export function buildWordIndex(docs: readonly TermSource[]): WordIndex {
  const termStart = new Int32Array(docs.length + 1);
  docs.forEach((doc, d) => (termStart[d + 1] = (termStart[d] ?? 0) + doc.terms.length));
  const termCount = termStart[docs.length] ?? 0;
  const docOf = new Int32Array(termCount);
  const firstWord = new Int32Array(termCount).fill(-1);

  const idOf = new Map<string, number>();
  const words: string[] = [];
  const lists: number[][] = [];
  docs.forEach((doc, d) =>
    doc.terms.forEach((t, ti) => {
      const g = (termStart[d] ?? 0) + ti;
      docOf[g] = d;
      for (const w of new Set(tokenize(t.norm))) {
        let id = idOf.get(w);
        if (id === undefined) {
          id = words.length;
          idOf.set(w, id);
          words.push(w);
          lists.push([]);
        }
        if (firstWord[g] === -1) firstWord[g] = id;
        lists[id]?.push(g);
      }
    }),
  );
  // One flat array of term numbers, word after word: far less memory than an array per word.
  const start = new Int32Array(words.length + 1);
  lists.forEach((l, id) => (start[id + 1] = (start[id] ?? 0) + l.length));
  const flat = new Int32Array(start[words.length] ?? 0);
  lists.forEach((l, id) => flat.set(l, start[id]));

  // Every one- and two-unit substring of every word → the words that have it.
  const gramLists = new Map<string, number[]>();
  words.forEach((w, id) => {
    const seen = new Set<string>();
    for (let i = 0; i < w.length; i++) {
      seen.add(w[i] as string);
      if (i + 1 < w.length) seen.add(w.slice(i, i + 2));
    }
    for (const g of seen) {
      const list = gramLists.get(g);
      if (list) list.push(id);
      else gramLists.set(g, [id]);
    }
  });
  const grams = new Map<string, Int32Array>([...gramLists].map(([g, ids]) => [g, Int32Array.from(ids)]));

  function wordsContaining(piece: string): number[] {
    if (piece.length === 0) return [];
    let rarest = grams.get(piece.slice(0, 2));
    for (let i = 1; rarest && rarest.length > 0 && i + 1 < piece.length; i++) {
      const list = grams.get(piece.slice(i, i + 2));
      if (!list || list.length < rarest.length) rarest = list;
    }
    if (!rarest) return [];
    if (piece.length <= 2) return [...rarest];
    const out: number[] = [];
    for (const id of rarest) if ((words[id] as string).includes(piece)) out.push(id);
    return out;
  }

  return {
    words,
    wordsContaining,
    wordsWithChar: (char) => grams.get(char) ?? NONE,
    termsWith: (id) => (id >= 0 && id < words.length ? flat.subarray(start[id], start[id + 1]) : NONE),
    termStart,
    docOf,
    firstWord,
  };
}
