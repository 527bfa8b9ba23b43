// Starts and stops the production server (server/index.mjs, what `npm start` runs) and nginx on the export
// on loopback, for the figure scripts (lighthouse, perf, load). Figures are only meaningful against the
// production build, never `next dev`.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** Base URL of a server on 127.0.0.1 only: the figure scripts never aim at another host. */
export function loopbackUrl(port) {
  return `http://127.0.0.1:${port}`;
}

/** Resolves once `url` answers any HTTP status, or rejects after `timeoutMs`. */
export async function waitForServer(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`server at ${url} did not answer within ${timeoutMs} ms (${lastError?.message ?? "no reply"})`);
}

/** Spawns `command`, waits until `url` answers; returns { url, stop }. stop() kills only that process. */
async function startProcess(name, command, args, url, { env = {} } = {}) {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
  };
  try {
    await Promise.race([
      waitForServer(url),
      exited.then((code) => {
        throw new Error(`${name} exited early (code ${code}): ${stderr.trim()}`);
      }),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

/**
 * Runs the production server (server/index.mjs -H 127.0.0.1 -p <port>) on the existing build and waits
 * until it answers. `nodeFlags` go to the server's node (e.g. a larger young generation for load runs).
 */
export async function startServer(port, { nodeFlags = [] } = {}) {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    throw new Error("no production build found (.next/BUILD_ID): run `npm run build` first");
  }
  const args = [...nodeFlags, path.join(ROOT, "server", "index.mjs"), "-H", "127.0.0.1", "-p", String(port)];
  return startProcess("the server", process.execPath, args, loopbackUrl(port));
}

/** Runs nginx on the export in out/ (scripts/nginx.ts serve) and waits until it answers. */
export async function startNginx(port) {
  if (!existsSync(path.join(ROOT, "out", "index.html"))) {
    throw new Error("no static export found (out/index.html): run `npm run build:export` first");
  }
  const tsx = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
  return startProcess(
    "nginx",
    process.execPath,
    [tsx, path.join(ROOT, "scripts", "nginx.ts"), "serve", "--root", "out", "--port", String(port)],
    loopbackUrl(port),
  );
}

/** Reads `--name value` from argv; returns [value, rest]. */
export function takeOption(argv, name) {
  const i = argv.indexOf(name);
  if (i === -1) return [undefined, argv];
  const value = argv[i + 1];
  if (value === undefined || value.startsWith("--")) throw new Error(`${name} needs a value`);
  return [value, [...argv.slice(0, i), ...argv.slice(i + 2)]];
}

/** Reads a boolean `--flag`; returns [present, rest]. */
export function takeFlag(argv, name) {
  const i = argv.indexOf(name);
  if (i === -1) return [false, argv];
  return [true, [...argv.slice(0, i), ...argv.slice(i + 1)]];
}

export function parsePort(value, fallback) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`invalid port: ${value}`);
  return n;
}
