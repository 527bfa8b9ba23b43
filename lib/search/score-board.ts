/**
 * Which slots (entries, terms) one search has written, for typed arrays allocated once per engine and
 * reused by every search: `begin` forgets the previous search by moving a stamp instead of clearing
 * arrays the size of the index, and the slots seen are listed in a preallocated array. Nothing is
 * allocated per search, so a search leaves no garbage for the collector to pause on.
 */
export type ScoreBoard = {
  begin(): void;
  /** True the first time `slot` is seen since `begin` (and remembers it). */
  first(slot: number): boolean;
  has(slot: number): boolean;
  /** The slots seen since `begin`, in order: a view that is valid until the next `begin`. */
  seen(): Int32Array;
};

export function createScoreBoard(size: number): ScoreBoard {
  const stamp = new Uint32Array(size);
  const list = new Int32Array(size);
  let now = 0;
  let count = 0;
  return {
    begin() {
      // After 4 billion searches the stamps wrap around: start again from clean arrays.
      now = now === 0xffffffff ? 1 : now + 1;
      if (now === 1) stamp.fill(0);
      count = 0;
    },
    first(slot) {
      if (stamp[slot] === now) return false;
      stamp[slot] = now;
      list[count++] = slot;
      return true;
    },
    has: (slot) => stamp[slot] === now,
    seen: () => list.subarray(0, count),
  };
}
