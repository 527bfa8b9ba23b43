// Run before every build (prebuild, build:export): writes the list of prerendered card-company child pages
// for the proxy, which cannot read the catalog itself (see scripts/lib/issuer-pages-module.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { codeIssuerParams } from "../lib/views/code";
import { ISSUER_PAGES_FILE, issuerPagesModule } from "./lib/issuer-pages-module";
import { MOVED_CODES_FILE, movedCodesModule } from "./lib/moved-codes-module";
import { movedCodes } from "../lib/views/moved-codes";

const params = codeIssuerParams();
const text = issuerPagesModule(params);
let old = "";
try {
  old = readFileSync(ISSUER_PAGES_FILE, "utf8");
} catch {
  // first run: no file yet
}
if (old !== text) writeFileSync(ISSUER_PAGES_FILE, text);
console.log(`${ISSUER_PAGES_FILE}: ${params.length} card-company pages${old === text ? " (unchanged)" : " (written)"}`);

// The same for next.config's redirects of moved codes: next.config may not import the catalog.
const moved = movedCodesModule(movedCodes());
let oldMoved = "";
try {
  oldMoved = readFileSync(MOVED_CODES_FILE, "utf8");
} catch {
  // first run: no file yet
}
if (oldMoved !== moved) writeFileSync(MOVED_CODES_FILE, moved);
console.log(`${MOVED_CODES_FILE}: ${movedCodes().length} moved codes${oldMoved === moved ? " (unchanged)" : " (written)"}`);
