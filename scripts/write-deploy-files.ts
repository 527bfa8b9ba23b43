// `npm run gen:deploy`: writes the files static hosts and nginx read from lib/web/security-headers.ts, the one
// source of the response headers (next.config.ts reads it directly): public/_headers and deploy/nginx.conf.
// tests/unit/deploy-files.test.ts fails when a committed copy is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { HEADERS_FILE, renderHeadersFile } from "./lib/header-files";
import { DEPLOY_DEFAULTS, NGINX_DEPLOY_CONF, renderSite } from "./lib/nginx-conf";

for (const [file, text] of [
  [HEADERS_FILE, renderHeadersFile()],
  [NGINX_DEPLOY_CONF, renderSite(DEPLOY_DEFAULTS)],
] as const) {
  let old = "";
  try {
    old = readFileSync(file, "utf8");
  } catch {
    // first run
  }
  if (old !== text) writeFileSync(file, text);
  console.log(`${file}: ${old === text ? "unchanged" : "written"}`);
}
