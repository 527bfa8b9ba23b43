import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "@/lib/security-headers";

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
    const rules = parseHeadersFile(readFileSync("public/_headers", "utf8"));
    expect([...rules.keys()]).toEqual(["/*"]);
    expect(rules.get("/*")).toEqual(SECURITY_HEADERS.map((h) => [h.key, h.value]));
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
