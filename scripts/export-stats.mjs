// `npm run export:stats [dir=out]`: files and megabytes of the static export, by kind of page and kind
// of file, against the targets for static hosts (Cloudflare Pages, for one, takes at most 20,000 files).
// The .gz/.br copies (npm run export:precompress) are for nginx only and counted apart. Printed by
// `npm run build:export` too. Figures, not a test: exits non-zero only when the folder is missing.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { fileKind, pageKind } from "./lib/lean-export.mjs";

const TARGET = { files: 8_000, megabytes: 150 };

function* walk(dir, rel = "") {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* walk(path.join(dir, entry.name), childRel);
    else if (entry.isFile()) yield [childRel, statSync(path.join(dir, entry.name)).size];
  }
}

const mb = (bytes) => (bytes / 1e6).toFixed(1);

function table(title, groups) {
  const rows = [...groups].sort((a, b) => b[1].bytes - a[1].bytes);
  console.log(`  ${title}`);
  for (const [name, g] of rows) console.log(`    ${name.padEnd(32)} ${String(g.files).padStart(6)} files ${mb(g.bytes).padStart(8)} MB`);
}

export function printStats(dir) {
  const byFile = new Map();
  const byPage = new Map();
  const add = (map, key, size) => {
    const g = map.get(key) ?? { files: 0, bytes: 0 };
    g.files += 1;
    g.bytes += size;
    map.set(key, g);
  };
  let files = 0;
  let bytes = 0;
  let pages = 0;
  for (const [rel, size] of walk(dir)) {
    const kind = fileKind(rel);
    add(byFile, kind, size);
    if (kind === "precompressed copy") continue;
    add(byPage, pageKind(rel), size);
    files += 1;
    bytes += size;
    if (rel.endsWith(".html")) pages += 1;
  }
  const ok = files <= TARGET.files && bytes / 1e6 <= TARGET.megabytes;
  console.log(
    `export ${dir}: ${pages} pages in ${files} files, ${mb(bytes)} MB (targets: ≤ ${TARGET.files.toLocaleString("en")} files, ≤ ${TARGET.megabytes} MB) ${ok ? "meets targets" : "MISSES targets"}`,
  );
  table("by kind of page (without .gz/.br copies)", byPage);
  table("by kind of file", byFile);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = path.resolve(process.argv[2] ?? "out");
  try {
    if (!statSync(dir).isDirectory()) throw new Error("not a folder");
    printStats(dir);
  } catch (error) {
    console.error(`export-stats: ${dir}: ${error instanceof Error ? error.message : String(error)} (run \`npm run build:export\` first)`);
    process.exit(1);
  }
}
