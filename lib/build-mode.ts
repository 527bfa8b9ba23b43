/**
 * How this build serves its pages. `npm run build:export` sets STATIC_EXPORT=1 (see next.config.ts): every
 * page must then be a file. A server build (`npm run build`, `npm run serve`) prerenders the pages people
 * land on and renders the long tail (card-company variants, the wizard's later steps) on first request,
 * then keeps it: a fresh clone answers within minutes instead of rendering thousands of pages first.
 */
export const IS_STATIC_EXPORT = process.env.STATIC_EXPORT === "1";

/** All params in the export; in server mode only those `keep` selects (the rest render on demand). */
export function prerenderParams<T>(all: () => readonly T[], keep: (p: T) => boolean = () => false): T[] {
  return IS_STATIC_EXPORT ? [...all()] : all().filter(keep);
}
