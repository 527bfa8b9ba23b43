// `npm run build:export`: the static export into out/ (STATIC_EXPORT=1, see next.config.ts).
// next build also rewrites .next while exporting, which would leave `next start` unusable; so the server
// build is moved aside during the export and put back afterwards, whatever happens.
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";

const KEEP = ".next-server-kept";
const hadServerBuild = existsSync(".next");
if (existsSync(KEEP)) rmSync(KEEP, { recursive: true, force: true });
if (hadServerBuild) renameSync(".next", KEEP);

let status = 1;
try {
  rmSync("out", { recursive: true, force: true });
  const run = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, STATIC_EXPORT: "1", NEXT_TELEMETRY_DISABLED: "1" },
  });
  status = run.status ?? 1;
} finally {
  rmSync(".next", { recursive: true, force: true });
  if (hadServerBuild) renameSync(KEEP, ".next");
}
process.exit(status);
