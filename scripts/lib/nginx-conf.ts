/**
 * Renders deploy/nginx.conf.template: for deployment (deploy/nginx.conf, committed) and for local runs
 * (scripts/nginx.ts: e2e, load, serve:export), where it is wrapped in a minimal main config of its own.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { CACHE_CONTROL, nginxHeaderLines } from "./header-files";

export const NGINX_TEMPLATE = "deploy/nginx.conf.template";
export const NGINX_DEPLOY_CONF = "deploy/nginx.conf";
/** Debian's libnginx-mod-http-brotli-static puts the module here. */
export const BROTLI_STATIC_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

export type SiteOptions = {
  /** Absolute path of the exported folder. */
  root: string;
  /** What `listen` takes: a port, or address:port. */
  listen: string;
  /** Whether nginx has the brotli_static module (the directive is an error without it). */
  brotli: boolean;
};

export const DEPLOY_DEFAULTS: SiteOptions = { root: "/srv/kessai/out", listen: "80", brotli: true };

/** Rejects what would change the config's meaning (a ; or a brace in a path, a relative root). */
function checkOptions(o: SiteOptions): void {
  if (!path.isAbsolute(o.root) || /[\s;{}"'$\\]/.test(o.root))
    throw new Error(`root must be an absolute path without spaces or ; { } " ' $ \\: ${o.root}`);
  if (!/^(\d{1,3}(\.\d{1,3}){3}:)?\d{1,5}$/.test(o.listen)) throw new Error(`listen must be a port or ipv4:port: ${o.listen}`);
}

export function renderSite(o: SiteOptions, template = readFileSync(NGINX_TEMPLATE, "utf8")): string {
  checkOptions(o);
  const values: Record<string, string> = {
    root: o.root,
    listen: o.listen,
    cache_immutable: CACHE_CONTROL.immutable,
    cache_page: CACHE_CONTROL.page,
    brotli: o.brotli ? "brotli_static on;" : "# brotli_static: the module is not installed here",
    security_headers: nginxHeaderLines()
      .map((l) => `    ${l}`)
      .join("\n"),
  };
  const text = template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`${NGINX_TEMPLATE}: unknown placeholder ${whole}`);
    return v;
  });
  return `# Generated from ${NGINX_TEMPLATE} (npm run gen:deploy); edit the template, not this file.\n${text}`;
}

/** A whole nginx.conf for a local, unprivileged-path run: pid, logs and temp files under `runDir`. */
export function renderMain(o: { runDir: string; sitePath: string; modules: readonly string[] }): string {
  const tmp = (name: string) => `${name}_temp_path ${path.join(o.runDir, name)};`;
  return [
    ...o.modules.map((m) => `load_module ${m};`),
    "worker_processes auto;",
    `pid ${path.join(o.runDir, "nginx.pid")};`,
    `error_log ${path.join(o.runDir, "error.log")} warn;`,
    "events { worker_connections 4096; }",
    "http {",
    "    access_log off;",
    "    tcp_nodelay on;",
    "    keepalive_timeout 30s;",
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((n) => `    ${tmp(n)}`),
    `    include ${o.sitePath};`,
    "}",
    "",
  ].join("\n");
}
