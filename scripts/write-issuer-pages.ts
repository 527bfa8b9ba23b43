// Run before every build (prebuild, build:export): writes the list of prerendered card-company child pages
// for the proxy, which cannot read the catalog itself (see scripts/lib/issuer-pages-module.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { codeIssuerParams } from "../lib/code-view";
import { ISSUER_PAGES_FILE, issuerPagesModule } from "./lib/issuer-pages-module";

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
