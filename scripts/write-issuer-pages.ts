// Run before every build (prebuild, build:export): writes the lists that code which may not read the
// catalog needs: the prerendered card-company child pages for the proxy (scripts/lib/issuer-pages-module.ts)
// and the moved codes for next.config's redirects (scripts/lib/moved-codes-module.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { codeIssuerParams } from "../lib/views/code";
import { movedCodes } from "../lib/views/moved-codes";
import { ISSUER_PAGES_FILE, issuerPagesModule } from "./lib/issuer-pages-module";
import { MOVED_CODES_FILE, movedCodesModule } from "./lib/moved-codes-module";

/** Writes the file only when its text changed, so an unchanged catalog leaves the build's inputs alone. */
function writeIfChanged(file: string, text: string, what: string): void {
  let old = "";
  try {
    old = readFileSync(file, "utf8");
  } catch {
    // first run: no file yet
  }
  if (old !== text) writeFileSync(file, text);
  console.log(`${file}: ${what}${old === text ? " (unchanged)" : " (written)"}`);
}

const params = codeIssuerParams();
writeIfChanged(ISSUER_PAGES_FILE, issuerPagesModule(params), `${params.length} card-company pages`);
const moved = movedCodes();
writeIfChanged(MOVED_CODES_FILE, movedCodesModule(moved), `${moved.length} moved codes`);
