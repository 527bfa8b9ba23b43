import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_TARGET_LENGTH, resolveTarget, targetSegments } from "@/scripts/lib/static-path.mjs";
import { hostileString, PROPERTY_PARAMS } from "./support/hostile-strings";

// The static server's path mapping (scripts/serve-static.mjs), on a small out/ beside a secret file.
let dir: string;
let root: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "static-path-"));
  root = join(dir, "out");
  mkdirSync(join(root, "codes", "au-pay", "er323"), { recursive: true });
  mkdirSync(join(root, "_next", "static"), { recursive: true });
  writeFileSync(join(root, "index.html"), "home");
  writeFileSync(join(root, "404.html"), "404");
  writeFileSync(join(root, "codes", "au-pay", "er323.html"), "er323");
  writeFileSync(join(root, "codes", "au-pay", "er323", "saison.html"), "saison");
  writeFileSync(join(root, "_next", "static", "app.js"), "js");
  writeFileSync(join(root, "サーバ.html"), "kana");
  writeFileSync(join(dir, "package.json"), "secret");
  symlinkSync(join(dir, "package.json"), join(root, "link.json"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rel = (file: string | undefined) => file?.slice(root.length);

describe("resolveTarget", () => {
  it("maps /x to x, x.html or x/index.html, and / to index.html", () => {
    expect(rel(resolveTarget(root, "/"))).toBe("/index.html");
    expect(rel(resolveTarget(root, "/codes/au-pay/er323"))).toBe("/codes/au-pay/er323.html");
    expect(rel(resolveTarget(root, "/codes/au-pay/er323/saison?issuer=x#top"))).toBe("/codes/au-pay/er323/saison.html");
    expect(rel(resolveTarget(root, "/_next/static/app.js"))).toBe("/_next/static/app.js");
    expect(rel(resolveTarget(root, "/%E3%82%B5%E3%83%BC%E3%83%90"))).toBe("/サーバ.html");
  });

  it("finds nothing for unknown pages", () => {
    expect(resolveTarget(root, "/codes/au-pay/er999")).toBeUndefined();
    expect(resolveTarget(root, "/codes/au-pay/er323/")).toBeUndefined();
  });

  it("never reaches a file outside root, whatever the encoding", () => {
    for (const target of [
      "/../package.json",
      "/%2e%2e/package.json",
      "/%2E%2E/%2e%2e/package.json",
      "/codes/%2e%2e%2f%2e%2e%2f..%2fpackage.json",
      "/..%2Fpackage.json",
      "/..%5Cpackage.json",
      "/_next/static/%2e%2e/%2e%2e/%2e%2e/package.json",
      "/link.json",
      "/link",
    ]) {
      expect(resolveTarget(root, target), target).toBeUndefined();
    }
  });

  it("refuses encoded slashes and dots even when they would name a file inside root", () => {
    for (const target of ["/codes/au-pay%2Fer323", "/codes%2Fau-pay%2Fer323", "/codes/au-pay/er323%5Csaison", "/codes/au-pay/er323/%2e%2e/er323", "/codes/au-pay/./er323", "/./index.html"]) {
      expect(resolveTarget(root, target), target).toBeUndefined();
    }
  });

  it("refuses NUL, control characters, broken percent-encoding, empty segments and overlong targets", () => {
    for (const target of [
      "/codes/au-pay/er323%00",
      "/codes/au-pay/er323%00.html",
      "/codes/au-pay/%0Aer323",
      "/%E3%81",
      "/codes/%ZZ/x",
      "/codes/au-pay/%",
      "/codes/au-pay/%C0%AF",
      "//codes/au-pay/er323",
      "/codes//au-pay/er323",
      "//example.com/",
      `/codes/au-pay/${"a".repeat(5_000)}`,
      `/${"a".repeat(MAX_TARGET_LENGTH)}`,
    ]) {
      expect(resolveTarget(root, target), target.slice(0, 40)).toBeUndefined();
    }
  });

  it("refuses targets that are not a path (absolute-form, *, empty, not a string)", () => {
    for (const target of ["http://example.com/index.html", "*", "", "index.html", undefined, 42]) {
      expect(resolveTarget(root, target), String(target)).toBeUndefined();
    }
  });

  it("never throws and never leaves root on hostile targets", () => {
    fc.assert(
      fc.property(hostileString(3_000), (s) => {
        for (const target of [`/${s}`, `/codes/${encodeURIComponent(s.toWellFormed())}`, `/${s.replaceAll("/", "%2F")}`]) {
          const file = resolveTarget(root, target);
          if (file !== undefined) expect(file.startsWith(`${root}/`)).toBe(true);
        }
      }),
      PROPERTY_PARAMS,
    );
  });
});

describe("targetSegments", () => {
  it("decodes each segment and notes a trailing slash", () => {
    expect(targetSegments("/codes/au-pay/er323")).toEqual({ segments: ["codes", "au-pay", "er323"], directory: false });
    expect(targetSegments("/codes/")).toEqual({ segments: ["codes"], directory: true });
    expect(targetSegments("/?q=1")).toEqual({ segments: [], directory: true });
    expect(targetSegments("/a%20b")).toEqual({ segments: ["a b"], directory: false });
  });
});
