// Starts and stops `next start` on loopback for the figure scripts (lighthouse, perf, load).
// Figures are only meaningful against the production build, never `next dev`.
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

/**
 * Runs `next start -H 127.0.0.1 -p <port>` on the existing build and waits until it answers.
 * `nodeFlags` go to the server's node (e.g. a larger young generation for load runs).
 * Returns { url, stop } — always call stop(), it kills only the process started here.
 */
export async function startNext(port, { nodeFlags = [] } = {}) {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    throw new Error("no production build found (.next/BUILD_ID): run `npm run build` first");
  }
  const bin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [...nodeFlags, bin, "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const url = loopbackUrl(port);
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
        throw new Error(`next start exited early (code ${code}): ${stderr.trim()}`);
      }),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
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
