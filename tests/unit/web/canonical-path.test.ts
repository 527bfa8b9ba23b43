import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalHelpPath, type ChildPageExists } from "@/lib/web/canonical-path";
import { hostileString, PROPERTY_PARAMS } from "../support/hostile-strings";

const q = (s = "") => new URLSearchParams(s);
/** A made-up list: only au-pay/er323 has children, and only for saison and view. */
const onlyTwo: ChildPageExists = (service, code, issuer) =>
  service === "au-pay" && code === "er323" && (issuer === "saison" || issuer === "view");

describe("canonicalHelpPath: letter case", () => {
  it("leaves canonical help pages and other paths alone", () => {
    for (const path of ["/codes/au-pay/er323", "/codes/au-pay/er323/saison", "/issuers/saison", "/services", "/"]) {
      expect(canonicalHelpPath(path, q()), path).toBeUndefined();
    }
    for (const path of ["", "/Search", "/DIAGNOSE/x", "/api/v1/codes.json", "/codesX/AU"]) {
      expect(canonicalHelpPath(path, q(), onlyTwo), path).toBeUndefined();
    }
  });

  it("lower-cases every segment of a help page", () => {
    expect(canonicalHelpPath("/codes/AU-PAY/ER323", q())).toBe("/codes/au-pay/er323");
    expect(canonicalHelpPath("/CODES/au-pay/er323", q())).toBe("/codes/au-pay/er323");
    expect(canonicalHelpPath("/Issuers/SAISON", q())).toBe("/issuers/saison");
    expect(canonicalHelpPath("/services/NANACO", q())).toBe("/services/nanaco");
  });

  it("folds only segments that could be ids: an escaped or odd segment names no page, so no redirect", () => {
    for (const path of ["/codes/au-pay%2Fer323", "/codes/au-pay/ER%33", "/codes/au-pay/%E3%81", "/codes/au-pay/er323.html", "/codes/au-pay/エラー"]) {
      expect(canonicalHelpPath(path, q()), path).toBeUndefined();
    }
    // A wrong-case id beside an odd segment is still folded; the odd segment is kept as it came.
    expect(canonicalHelpPath("/codes/AU-PAY/%2e%2E", q())).toBe("/codes/au-pay/%2e%2E");
  });

  it("drops empty segments and a trailing slash", () => {
    expect(canonicalHelpPath("/codes//au-pay/er323/", q())).toBe("/codes/au-pay/er323");
  });
});

describe("canonicalHelpPath: the old ?issuer= query", () => {
  it("becomes the child path when that child page exists", () => {
    expect(canonicalHelpPath("/codes/au-pay/er323", q("issuer=saison"), onlyTwo)).toBe("/codes/au-pay/er323/saison");
    expect(canonicalHelpPath("/codes/AU-PAY/ER323", q("issuer=VIEW"), onlyTwo)).toBe("/codes/au-pay/er323/view");
  });

  it("uses the real list of prerendered pages by default", () => {
    expect(canonicalHelpPath("/codes/au-pay/er323", q("issuer=saison"))).toBe("/codes/au-pay/er323/saison");
    // nanaco PGSE35's steps never use the card company's part, so it has no child pages.
    expect(canonicalHelpPath("/codes/nanaco/pgse35", q("issuer=saison"))).toBe("/codes/nanaco/pgse35");
  });

  it("leads to the plain code page for an issuer without a child page, unknown or hostile", () => {
    for (const issuer of ["jcb", "no-such-issuer", "", "<script>alert(1)</script>", "../../etc/passwd", "saison/../x", "%E3%81", "a".repeat(5_000)]) {
      const search = new URLSearchParams();
      search.set("issuer", issuer);
      expect(canonicalHelpPath("/codes/au-pay/er323", search, onlyTwo), issuer.slice(0, 40)).toBe("/codes/au-pay/er323");
    }
    expect(canonicalHelpPath("/codes/nanaco/pgse37", q("issuer=saison"), onlyTwo)).toBe("/codes/nanaco/pgse37");
  });

  it("is only the first issuer value that counts", () => {
    expect(canonicalHelpPath("/codes/au-pay/er323", q("issuer=saison&issuer=view"), onlyTwo)).toBe("/codes/au-pay/er323/saison");
    expect(canonicalHelpPath("/codes/au-pay/er323", q("issuer=nope&issuer=view"), onlyTwo)).toBe("/codes/au-pay/er323");
  });

  it("is dropped (no child added) on a child page, a service page or a card-company page", () => {
    expect(canonicalHelpPath("/codes/au-pay/er323/saison", q("issuer=view"), onlyTwo)).toBe("/codes/au-pay/er323/saison");
    expect(canonicalHelpPath("/services/au-pay", q("issuer=saison"), onlyTwo)).toBe("/services/au-pay");
    expect(canonicalHelpPath("/issuers/saison", q("issuer=saison"), onlyTwo)).toBe("/issuers/saison");
    expect(canonicalHelpPath("/codes/au-pay", q("issuer=saison"), onlyTwo)).toBe("/codes/au-pay");
  });

  it("never asks about a child page outside /codes/{service}/{code}", () => {
    const asked: string[] = [];
    const spy: ChildPageExists = (...args) => {
      asked.push(args.join("/"));
      return true;
    };
    canonicalHelpPath("/issuers/saison/x", q("issuer=saison"), spy);
    canonicalHelpPath("/codes/au-pay/er323/view", q("issuer=saison"), spy);
    canonicalHelpPath("/search", q("issuer=saison"), spy);
    expect(asked).toEqual([]);
    canonicalHelpPath("/codes/AU-PAY/ER323", q("issuer=SAISON"), spy);
    expect(asked).toEqual(["au-pay/er323/saison"]);
  });
});

describe("canonicalHelpPath on hostile input", () => {
  it("answers a same-site help path or undefined, never echoing an issuer that has no page", () => {
    fc.assert(
      fc.property(hostileString(300), hostileString(300), (segment, issuer) => {
        const search = new URLSearchParams();
        search.set("issuer", issuer);
        const target = canonicalHelpPath(`/codes/au-pay/${segment}`, search, onlyTwo);
        expect(target).toBeDefined();
        expect(target!.startsWith("/codes/")).toBe(true);
        expect(target!.startsWith("//")).toBe(false);
        const tail = target!.split("/").length > 4 ? target!.split("/").at(-1) : undefined;
        if (tail !== undefined && !segment.includes("/")) expect(["saison", "view"]).toContain(tail);
      }),
      PROPERTY_PARAMS,
    );
  });
});
