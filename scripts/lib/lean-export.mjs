// What of Next's static export a host never needs, by path relative to the export's root. Pure, so
// tests/unit/lean-export.test.ts can check each rule on names alone; scripts/build-export.mjs applies it.
//
// Next writes each page three to five times: x.html (with the page's data inlined), x.txt (the data again,
// fetched when a link is followed inside the app), x/__next._tree.txt and x/__next.<segments>.txt (pieces
// fetched ahead when a link comes into view), and x/__next._full.txt. So:
//  - __next._full.txt goes everywhere: the browser never asks for it in an export (only a server reads it);
//  - card-company variants (/codes/{service}/{code}/{issuer}) and the wizard's steps after its start keep
//    only x.html. They are reached by a plain link or one click at a time, where a full page load costs
//    about what the data would; Next's router falls back to loading the page when the data is missing
//    (deploy/nginx.conf answers those requests with 204, so the browser logs no error).

const FULL = /(^|\/)__next\._full\.txt$/;
// A variant's own data: codes/s/c/i.txt or a file inside codes/s/c/i/ (not the code page's codes/s/c/__next.*).
const VARIANT_DATA = /^codes\/[^/]+\/[^/]+\/(?!__next\.)[^/]+(\.txt|\/__next\.[^/]+\.txt)$/;
// A wizard step's data, any step but the start (diagnose.txt and diagnose/__next.*.txt stay).
const WIZARD_DATA = /^diagnose\/(?!__next\.)[^/].*\.txt$/;

/** True when the export's file at `rel` (forward slashes) is never fetched from a host worth keeping. */
export function isDroppable(rel) {
  return FULL.test(rel) || VARIANT_DATA.test(rel) || WIZARD_DATA.test(rel);
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
  if (/^codes\/[^/]+\/[^/]+\/(?!__next\.)[^/.]+(\.html|\.txt|\/)/.test(rel)) return "card-company variants";
  if (/^codes\//.test(rel)) return "code pages";
  if (/^diagnose(\/|\.)/.test(rel)) return "wizard steps";
  if (rel.startsWith("_next/")) return "scripts and styles";
  return "other pages and files";
}
