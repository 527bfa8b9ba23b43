import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getCode, getCodeByKey, getIssuer, getService } from "@/lib/catalog";
import { codeHref, diagnoseHref, issuerHref, searchHref, serviceHref } from "@/lib/web/links";
import { hostileString, maximalStrings, PROPERTY_PARAMS } from "../support/hostile-strings";

// Whatever text reaches a URL builder or a catalog getter, the answer is a safe same-site path or
// "not there": never a throw, never a URL that leaves the site or carries markup.

/** A same-site path: starts with one "/", has no scheme, no raw markup characters, no spaces. */
function expectSafeSitePath(href: string): void {
  expect(href.startsWith("/")).toBe(true);
  expect(href.startsWith("//")).toBe(false);
  expect(href).not.toMatch(/[<>"\s\\]/);
  expect(new URL(href, "https://example.test").origin).toBe("https://example.test");
}

describe("URL builders on hostile text", () => {
  it("searchHref keeps any query inside one encoded parameter that reads back unchanged", () => {
    fc.assert(
      fc.property(hostileString(), (q) => {
        const href = searchHref(q);
        expectSafeSitePath(href);
        const url = new URL(href, "https://example.test");
        // A lone surrogate cannot travel in a URL; it reads back as U+FFFD, everything else exactly.
        expect(url.searchParams.get("q")).toBe(q.toWellFormed());
        expect([...url.searchParams.keys()]).toEqual(["q"]);
      }),
      { ...PROPERTY_PARAMS, examples: maximalStrings().map((s) => [s] as [string]) },
    );
  });

  it("diagnoseHref stays on the wizard for any code key, well-formed or not", () => {
    fc.assert(
      fc.property(hostileString(200), (key) => {
        const href = diagnoseHref(key);
        expect(href.startsWith("/diagnose")).toBe(true);
        expect(new URL(href, "https://example.test").origin).toBe("https://example.test");
      }),
      PROPERTY_PARAMS,
    );
  });
});

describe("catalog getters on hostile keys", () => {
  it("answer undefined for anything that is not a catalog id, and never throw", () => {
    fc.assert(
      fc.property(hostileString(500), hostileString(500), (a, b) => {
        fc.pre(!/^[a-z0-9-]+$/.test(a));
        expect(getService(a)).toBeUndefined();
        expect(getIssuer(a)).toBeUndefined();
        expect(getCodeByKey(`${a}/${b}`)).toBeUndefined();
        expect(getCode(a, b)).toBeUndefined();
      }),
      PROPERTY_PARAMS,
    );
  });

  it("builds same-site paths for every real id", () => {
    expectSafeSitePath(codeHref("au-pay", "er323"));
    expectSafeSitePath(issuerHref("rakuten"));
    expectSafeSitePath(serviceHref("nanaco"));
  });
});
