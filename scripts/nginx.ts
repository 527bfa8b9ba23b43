/**
 * nginx for the static export, from deploy/nginx.conf.template.
 *   serve [--root out] [--port 3000] [--host 127.0.0.1]   runs nginx in the foreground on that folder
 *                                                        (config, pid and logs under .nginx/<port>/)
 *   conf  [--root /srv/kessai/out] [--listen 80] [--no-brotli]   prints the server config for a deployment
 * Used by `npm run serve:export`, `npm run load` and the e2e export projects (playwright.config.ts).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BROTLI_STATIC_MODULE, DEPLOY_DEFAULTS, renderMain, renderSite } from "./lib/nginx-conf";

const ROOT = path.resolve(import.meta.dirname, "..");

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i === -1) return undefined;
  const v = argv[i + 1];
  if (v === undefined || v.startsWith("--")) throw new Error(`${name} needs a value`);
  return v;
}

function findNginx(): string {
  for (const candidate of [process.env.NGINX, "/usr/sbin/nginx", "/usr/local/sbin/nginx", "/opt/homebrew/bin/nginx"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  const which = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" });
  const found = which.stdout.trim();
  if (which.status === 0 && found) return found;
  throw new Error(
    "nginx is not installed: `apt-get install -y nginx libnginx-mod-http-brotli-static` (Debian), or set NGINX=/path/to/nginx",
  );
}

function serve(argv: string[]): void {
  const root = path.resolve(ROOT, option(argv, "--root") ?? "out");
  const port = Number(option(argv, "--port") ?? process.env.PORT ?? 3000);
  const host = option(argv, "--host") ?? "127.0.0.1";
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`invalid port: ${port}`);
  if (!existsSync(path.join(root, "index.html"))) throw new Error(`${root}/index.html is missing: run \`npm run build:export\` first`);
  const nginx = findNginx();
  const runDir = path.join(ROOT, ".nginx", String(port));
  mkdirSync(runDir, { recursive: true });
  const brotli = existsSync(BROTLI_STATIC_MODULE);
  const sitePath = path.join(runDir, "site.conf");
  writeFileSync(sitePath, renderSite({ root, listen: `${host}:${port}`, brotli }));
  const confPath = path.join(runDir, "nginx.conf");
  writeFileSync(confPath, renderMain({ runDir, sitePath, modules: brotli ? [BROTLI_STATIC_MODULE] : [] }));
  const args = ["-p", runDir, "-e", path.join(runDir, "error.log"), "-c", confPath, "-g", "daemon off;"];
  const test = spawnSync(nginx, [...args.slice(0, 6), "-t", "-q"], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx rejects the config:\n${test.stderr}`);
  console.log(`nginx: serving ${root} at http://${host}:${port}${brotli ? "" : " (no brotli module: gzip only)"}`);
  const child = spawn(nginx, args, { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal === "SIGINT" ? "SIGQUIT" : "SIGTERM"));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function conf(argv: string[]): void {
  const root = option(argv, "--root") ?? DEPLOY_DEFAULTS.root;
  const listen = option(argv, "--listen") ?? DEPLOY_DEFAULTS.listen;
  process.stdout.write(renderSite({ root, listen, brotli: !argv.includes("--no-brotli") }));
}

try {
  const [command, ...rest] = process.argv.slice(2);
  if (command === "serve") serve(rest);
  else if (command === "conf") conf(rest);
  else throw new Error("usage: nginx.ts serve [--root out] [--port N] [--host H] | conf [--root DIR] [--listen PORT] [--no-brotli]");
} catch (error) {
  console.error(`nginx: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
