import Fuse from "fuse.js/basic";
import { topK } from "./top-k";
import type { WordIndex } from "./word-index";

/**
 * Typo correction: the indexed words closest to a word found nowhere. fuse.js runs over the index's
 * vocabulary (every distinct normalised word), not over whole entries, so a typo is corrected to a real
 * word, which is then scored like a typed one. Bitap is slow per string (≈10 µs), so only words of about
 * the same length sharing most of the typed characters are handed to it — found through the character
 * lists of the word index, never by reading the whole vocabulary — and at most `maxCandidates` of them.
 */
export function createCloseWords(
  index: WordIndex,
  { maxWord, maxCandidates }: { maxWord: number; maxCandidates: number },
): (token: string) => string[] {
  const { words } = index;
  // Codes (with digits) are corrected by the similar-code stage.
  const fuzzable = Uint8Array.from(words, (w) => (w.length >= 2 && w.length <= maxWord && !/\d/.test(w) ? 1 : 0));
  const shared = new Uint8Array(words.length);

  return (token) => {
    const chars = [...new Set(token)];
    const need = chars.length - Math.min(2, Math.floor(chars.length / 3));
    // How many of the token's characters each word has, counted for the words having any.
    const seen: number[] = [];
    for (const ch of chars)
      for (const id of index.wordsWithChar(ch)) {
        if (shared[id] === 0) seen.push(id);
        shared[id] = Math.min(255, (shared[id] ?? 0) + 1);
      }
    let close: { id: number; n: number }[] = [];
    for (const id of seen) {
      const n = shared[id] ?? 0;
      shared[id] = 0;
      if (n >= need && fuzzable[id] === 1 && Math.abs((words[id] as string).length - token.length) <= 2) close.push({ id, n });
    }
    if (close.length === 0) return [];
    if (close.length > maxCandidates) close = topK(close, maxCandidates, (a, b) => b.n - a.n || a.id - b.id);
    // In vocabulary order, as fuse.js breaks ties by position.
    const list = close.sort((a, b) => a.id - b.id).map(({ id }) => words[id] as string);
    const fuse = new Fuse(list, { includeScore: true, ignoreLocation: true, threshold: 0.4, minMatchCharLength: 2 });
    return fuse.search(token, { limit: 3 }).map((hit) => hit.item);
  };
}
