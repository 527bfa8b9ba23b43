// What of Next's static export a host never needs, by path relative to the export's root. Pure, so
// tests/unit/lean-export.test.ts can check each rule on names alone; scripts/build-export.mjs applies it.
//
// Next writes each page three to five times: x.html (with the page's data inlined), x.txt (the data again,
// fetched when a link is followed inside the app), and in x/: __next._tree.txt and __next.<segments>.txt
// (pieces fetched ahead when a link comes into view) and __next._full.txt (never fetched in an export).
// At 7,000 pages those copies alone pass static hosts' file limits, so:
//  - every x/__next.*.txt goes. Following a link still works inside the app (it fetches x.txt); only the
//    fetching ahead stops, which on a phone also saves the data of every link that scrolls into view
//    (deploy/nginx.conf answers those requests with 204, so the browser logs no error);
//  - the wizard's steps after its start keep only x.html. They are reached one click at a time, where a
//    full page load costs about what the data would; Next's router loads the page when the data is
//    missing (204 from nginx, 404 elsewhere). Card-company variants (/codes/{service}/{code}/{issuer},
//    /causes/{cause}/{issuer}) are not built for the export at all: their addresses are small files
//    (scripts/write-variant-stubs.ts) and the code's page fills the company in (FILL_IN_BROWSER in
//    lib/views/build-mode.ts); a leftover x.txt of theirs would still go.

const SEGMENT_DATA = /(^|\/)__next\.[^/]+\.txt$/;
// A variant's data: codes/s/c/i.txt and causes/c/i.txt.
const VARIANT_DATA = /^(codes\/[^/]+|causes)\/[^/]+\/[^/]+\.txt$/;
// A wizard step's data, any step but the start (diagnose.txt stays).
const WIZARD_DATA = /^diagnose\/.+\.txt$/;

/** True when the export's file at `rel` (forward slashes) is not worth a file on a host. */
export function isDroppable(rel) {
  return SEGMENT_DATA.test(rel) || VARIANT_DATA.test(rel) || WIZARD_DATA.test(rel);
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
  if (/^codes\/[^/]+\/[^/]+\/(?!__next\.)[^/.]+(\.html|\.txt|\/)/.test(rel)) return "code pages' card-company variants";
  if (/^codes\//.test(rel)) return "code pages";
  if (/^causes\/[^/]+\/(?!__next\.)[^/.]+(\.html|\.txt|\/)/.test(rel)) return "cause pages' card-company variants";
  if (/^causes(\/|\.)/.test(rel)) return "cause pages";
  if (/^diagnose(\/|\.)/.test(rel)) return "wizard steps";
  if (rel.startsWith("_next/")) return "scripts and styles";
  return "other pages and files";
}
