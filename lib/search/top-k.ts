/**
 * The first `count` items of `items` that `keep` accepts, in the order of `before` (negative: a goes
 * first), without sorting them all: a search can match thousands of entries and show ten. A total order
 * gives the same answer as filtering, sorting everything and slicing. `items` is not changed.
 */
export function topK<T>(items: ArrayLike<T>, count: number, before: (a: T, b: T) => number, keep: (item: T) => boolean = () => true): T[] {
  const want = Math.floor(count);
  if (!(want > 0)) return [];
  const top: T[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    if (!keep(item)) continue;
    // Most items do not beat the last of a full list: one comparison each.
    if (top.length >= want && before(item, top[top.length - 1] as T) >= 0) continue;
    // Binary search for the place after every item that goes first or ties.
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(item, top[mid] as T) < 0) hi = mid;
      else lo = mid + 1;
    }
    top.splice(lo, 0, item);
    if (top.length > want) top.pop();
  }
  return top;
}
