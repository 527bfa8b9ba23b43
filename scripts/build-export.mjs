// `npm run build:export`: the static export into out/ (STATIC_EXPORT=1, see next.config.ts).
// Next always builds into .next, even for an export, so the export is built from a copy of the sources
// in .export-build/ (its own .next, its own Turbopack cache): the server build in .next is never touched,
// and a running `npm start` keeps answering throughout. Then the export is made lean (scripts/lib/
// lean-export.mjs), swapped into out/ in one rename, and its size printed (scripts/export-stats.mjs).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, rmdirSync, unlinkSync } from "node:fs";
import path from "node:path";
import { isDroppable } from "./lib/lean-export.mjs";
import { printStats } from "./export-stats.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const WORK = path.join(ROOT, ".export-build");
// What the build does not read (and what it writes); everything else at the top level is copied, so a
// new source folder is picked up without editing this list.
const SKIP = new Set([
  ".git",
  ".next",
  ".export-build",
  ".nginx",
  "node_modules",
  "out",
  "reports",
  "test-results",
  "playwright-report",
  "tests",
  "scripts",
  "deploy",
  "server",
  ".ci",
  "proxy.ts",
]);

// The card-company pages of codes and causes: a server renders them, the export does not (one page per
// code serves every company there, FILL_IN_BROWSER in lib/views/build-mode.ts); their addresses get small
// files instead (scripts/write-variant-stubs.ts).
const SERVER_ONLY_ROUTES = [
  "app/(ja)/codes/[service]/[code]/[issuer]",
  "app/(ja)/causes/[cause]/[issuer]",
  "app/(en)/en/codes/[service]/[code]/[issuer]",
  "app/(en)/en/causes/[cause]/[issuer]",
];

function copySources() {
  mkdirSync(WORK, { recursive: true });
  for (const entry of readdirSync(WORK)) if (entry !== ".next") rmSync(path.join(WORK, entry), { recursive: true, force: true });
  for (const entry of readdirSync(ROOT)) {
    if (SKIP.has(entry) || entry.startsWith(".next-") || entry.endsWith(".md")) continue;
    cpSync(path.join(ROOT, entry), path.join(WORK, entry), { recursive: true });
  }
  for (const route of SERVER_ONLY_ROUTES) {
    if (!existsSync(path.join(WORK, route))) throw new Error(`build:export: ${route} is gone; update SERVER_ONLY_ROUTES`);
    rmSync(path.join(WORK, route), { recursive: true });
  }
}

/** Deletes what isDroppable names, then the folders left empty; returns how many files went. */
function makeLean(dir, rel = "") {
  let dropped = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      dropped += makeLean(full, childRel);
      if (readdirSync(full).length === 0) rmdirSync(full);
    } else if (isDroppable(childRel)) {
      unlinkSync(full);
      dropped += 1;
    }
  }
  return dropped;
}

function swapIntoOut(built) {
  const out = path.join(ROOT, "out");
  const old = path.join(ROOT, ".out-old");
  rmSync(old, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, old);
  renameSync(built, out);
  rmSync(old, { recursive: true, force: true });
  return out;
}

const started = Date.now();
copySources();
const run = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "build"], {
  cwd: WORK,
  stdio: "inherit",
  env: { ...process.env, STATIC_EXPORT: "1", NEXT_TELEMETRY_DISABLED: "1" },
});
if (run.status !== 0) process.exit(run.status ?? 1);
const built = path.join(WORK, "out");
const dropped = makeLean(built);
const stubs = spawnSync(
  process.execPath,
  [
    path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"),
    "--conditions=react-server",
    path.join(ROOT, "scripts", "write-variant-stubs.ts"),
    built,
  ],
  { cwd: ROOT, stdio: "inherit", env: { ...process.env, STATIC_EXPORT: "1" } },
);
if (stubs.status !== 0) process.exit(stubs.status ?? 1);
const out = swapIntoOut(built);
console.log(`build:export: ${dropped} files no host needs removed; out/ ready in ${Math.round((Date.now() - started) / 1000)} s`);
printStats(out);
