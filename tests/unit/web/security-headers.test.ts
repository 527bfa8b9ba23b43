import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "@/lib/web/security-headers";
import { CACHE_CONTROL, HEADERS_FILE, renderHeadersFile } from "@/scripts/lib/header-files";
import { DEPLOY_DEFAULTS, NGINX_DEPLOY_CONF, renderSite } from "@/scripts/lib/nginx-conf";

/** Parses a Netlify / Cloudflare Pages `_headers` file into { path: [[key, value]...] }. */
function parseHeadersFile(text: string): Map<string, [string, string][]> {
  const rules = new Map<string, [string, string][]>();
  let current: [string, string][] | undefined;
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      current = [];
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(":");
    if (!current || colon === -1) throw new Error(`stray line in _headers: ${line}`);
    current.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

describe("security headers", () => {
  it("public/_headers gives static hosts exactly the set next.config.ts sends", () => {
    const text = readFileSync(HEADERS_FILE, "utf8");
    expect(text, "out of date: run `npm run gen:deploy`").toBe(renderHeadersFile());
    const rules = parseHeadersFile(text);
    expect([...rules.keys()]).toEqual(["/*", "/_next/static/*"]);
    expect(rules.get("/*")).toEqual(SECURITY_HEADERS.map((h) => [h.key, h.value]));
    expect(rules.get("/_next/static/*")).toEqual([["Cache-Control", CACHE_CONTROL.immutable]]);
  });

  it("deploy/nginx.conf sends the same set on every answer, and no location drops it", () => {
    const text = readFileSync(NGINX_DEPLOY_CONF, "utf8");
    expect(text, "out of date: run `npm run gen:deploy`").toBe(renderSite(DEPLOY_DEFAULTS));
    const added = [...text.matchAll(/^ {4}add_header (\S+) "(.*)" always;$/gm)].map((m) => [m[1], m[2]]);
    expect(added).toEqual(SECURITY_HEADERS.map((h) => [h.key, h.value]));
    // nginx drops the server's add_header set in any location that adds one of its own.
    const locations = text.split(/^ {4}location /m).slice(1);
    expect(locations.length).toBeGreaterThan(0);
    for (const block of locations) expect(block).not.toContain("add_header");
  });

  it("the nginx renderer refuses a root or listen value that would change the config", () => {
    for (const root of ["out", "/srv/x; include /etc/passwd", "/srv/{x}", "/srv/a b"]) {
      expect(() => renderSite({ ...DEPLOY_DEFAULTS, root })).toThrow(/root/);
    }
    for (const listen of ["80; deny all", "localhost:80", ""]) expect(() => renderSite({ ...DEPLOY_DEFAULTS, listen })).toThrow(/listen/);
  });

  it("the policy allows only our own origin and forbids framing", () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(";").map((d) => {
        const [name = "", ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    // No directive may name another origin or a wildcard.
    for (const [name, values] of directives) {
      for (const v of values) expect(`${name} ${v}`).toMatch(/^\S+ ('self'|'none'|'unsafe-inline'|data:)$/);
    }
    const keys = SECURITY_HEADERS.map((h) => h.key);
    for (const k of ["X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options", "Permissions-Policy"]) {
      expect(keys).toContain(k);
    }
  });
});
