import type { Metadata } from "next";

// The bare-page floor for `npm run perf`: a page with no code of its own, so its first-load JS is what
// Next.js and the root layout cost every page. Each route's budget is measured against it in the same
// build. Kept out of search engines; it links nowhere and nothing links to it.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function PerfFloor() {
  return null;
}
