import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { RawFile } from "./parse";

/** Reads every *.json file under a data folder (sorted, so messages and ids are stable). */
export function readCatalogDir(dir: string): RawFile[] {
  const out: RawFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (name !== "schema") walk(full);
        continue;
      }
      if (!name.endsWith(".json")) continue;
      const file = relative(dir, full).split(sep).join("/");
      const text = readFileSync(full, "utf8");
      try {
        out.push({ file, json: JSON.parse(text) });
      } catch (e) {
        out.push({ file, syntaxError: e instanceof Error ? e.message : String(e) });
      }
    }
  };
  walk(dir);
  return out;
}
