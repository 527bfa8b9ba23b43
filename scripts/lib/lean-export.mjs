// What of Next's static export a host never needs, by path relative to the export's root. Pure, so
// tests/unit/scripts/lean-export.test.ts can check each rule on names alone; scripts/build-export.mjs applies it.
//
// Next writes each page three to five times: x.html (with the page's data inlined), x.txt (the data again,
// fetched when a link is followed inside the app), and in x/: __next._tree.txt and __next.<segments>.txt
// (pieces fetched ahead when a link comes into view) and __next._full.txt (never fetched in an export).
// With both languages (Japanese at /, English at /en) those copies alone pass the size budget, so every
// x.txt and x/__next.*.txt goes: following a link inside the app then loads the next page whole, which
// for a static page behind a CDN costs about what its data would (deploy/nginx.conf answers the data
// requests with 204, so Next's router loads the page quietly, and a host without that rule answers 404,
// after which the router loads the page too). Card-company variants (/codes/{service}/{code}/{issuer},
// /causes/{cause}/{issuer}) are not built for the export at all: the code's page fills the company in
// (FILL_IN_BROWSER in lib/views/build-mode.ts) and nginx answers their addresses with it.

// Any page's data; robots.txt is not one.
const PAGE_DATA = /\.txt$/;

/** True when the export's file at `rel` (forward slashes) is not worth a file on a host. */
export function isDroppable(rel) {
  return PAGE_DATA.test(rel) && rel !== "robots.txt";
}

/** Which kind of file `rel` is, for the size report. */
export function fileKind(rel) {
  if (/\.(gz|br)$/.test(rel)) return "precompressed copy";
  if (rel.startsWith("_next/")) return "scripts and styles";
  if (rel.endsWith(".html")) return "page (html)";
  if (rel.endsWith(".txt") && rel !== "robots.txt") return "page data (client navigation)";
  return "other (json, xml, icons)";
}

/** Which kind of page a file belongs to, for the size report. */
export function pageKind(rel) {
  // English pages (/en/…) count with their Japanese kind.
  if (rel.startsWith("en/")) return pageKind(rel.slice(3));
  if (/^codes\/[^/]+\/[^/]+\/(?!__next\.)[^/.]+(\.html|\.txt|\/)/.test(rel)) return "code pages' card-company variants";
  if (/^codes\//.test(rel)) return "code pages";
  if (/^causes\/[^/]+\/(?!__next\.)[^/.]+(\.html|\.txt|\/)/.test(rel)) return "cause pages' card-company variants";
  if (/^causes(\/|\.)/.test(rel)) return "cause pages";
  if (/^diagnose(\/|\.)/.test(rel)) return "wizard steps";
  if (rel.startsWith("_next/")) return "scripts and styles";
  return "other pages and files";
}
