import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePathParts, exactMatch, nearestCodes, squash, type BriefCode } from "@/lib/web/code-match";
import { hostileString, PROPERTY_PARAMS } from "../support/hostile-strings";

const CODES: BriefCode[] = [
  { service: "au-pay", slug: "er323", code: "ER323", title: "3-D Secure", aliases: ["ER-323"] },
  { service: "au-pay", slug: "er324", code: "ER324", title: "other" },
  { service: "nanaco", slug: "pgse37", code: "PGSE37", title: "server", aliases: ["サーバーエラー:PGSE37"] },
  { service: "nanaco", slug: "pgse22", code: "PGSE22", title: "server 22" },
  { service: "gmo-pg", slug: "42g300000", code: "42G300000", title: "long" },
];

describe("squash", () => {
  it("keeps lower-case ASCII letters and digits only, folding width and case", () => {
    expect(squash("ER-323")).toBe("er323");
    expect(squash("ＥＲ３２３")).toBe("er323");
    expect(squash("サーバーエラー:PGSE37")).toBe("pgse37");
    expect(squash("")).toBe("");
    expect(squash("エラー")).toBe("");
  });
});

describe("codePathParts", () => {
  it("reads service, code and the optional card company of a code path, decoded", () => {
    expect(codePathParts("/codes/au-pay/er323")).toEqual({ service: "au-pay", code: "er323" });
    expect(codePathParts("/CODES/AU-PAY/ER323/")).toEqual({ service: "AU-PAY", code: "ER323" });
    expect(codePathParts("/codes/au-pay/er323/no-such-issuer")).toEqual({ service: "au-pay", code: "er323", issuer: "no-such-issuer" });
    expect(codePathParts("/codes/nanaco/%E3%82%B5%E3%83%BC%E3%83%90")).toEqual({ service: "nanaco", code: "サーバ" });
  });

  it("keeps an undecodable segment as it came, and fills missing parts with empty strings", () => {
    expect(codePathParts("/codes/au-pay/%E3%81")).toEqual({ service: "au-pay", code: "%E3%81" });
    expect(codePathParts("/codes")).toEqual({ service: "", code: "" });
    expect(codePathParts("/codes/au-pay")).toEqual({ service: "au-pay", code: "" });
  });

  it("is undefined for paths that are not code pages", () => {
    for (const path of ["", "/", "/issuers/saison", "/codesx/a/b", "/search?q=er323"]) expect(codePathParts(path), path).toBeUndefined();
  });
});

describe("exactMatch", () => {
  it("finds the code when only case, width or punctuation is off", () => {
    expect(exactMatch(CODES, "AU-PAY", "ER323")?.slug).toBe("er323");
    expect(exactMatch(CODES, "au-pay", "er-323")?.slug).toBe("er323");
    expect(exactMatch(CODES, "ａｕ-ｐａｙ", "ＥＲ３２３")?.slug).toBe("er323");
    expect(exactMatch(CODES, "nanaco", "サーバーエラー:PGSE37")?.slug).toBe("pgse37");
  });

  it("does not match across services, on unknown ids or on empty input", () => {
    expect(exactMatch(CODES, "nanaco", "er323")).toBeUndefined();
    expect(exactMatch(CODES, "no-such-service", "er323")).toBeUndefined();
    expect(exactMatch(CODES, "au-pay", "er999")).toBeUndefined();
    expect(exactMatch(CODES, "au-pay", "")).toBeUndefined();
    expect(exactMatch(CODES, "au-pay", "---")).toBeUndefined();
    expect(exactMatch([], "au-pay", "er323")).toBeUndefined();
  });
});

describe("nearestCodes", () => {
  it("puts the same service's near codes first, nearest first", () => {
    expect(nearestCodes(CODES, "nanaco", "pgse38").map((c) => c.slug)).toEqual(["pgse37", "pgse22"]);
    expect(nearestCodes(CODES, "au-pay", "er325").map((c) => c.slug)).toEqual(["er323", "er324"]);
  });

  it("offers near codes of other services when the service is wrong or unknown", () => {
    expect(nearestCodes(CODES, "no-such-service", "pgse37").map((c) => c.slug)).toContain("pgse37");
  });

  it("leaves far-off codes out and respects the limit", () => {
    expect(nearestCodes(CODES, "au-pay", "zzzzzzzzzzzz")).toEqual([]);
    expect(nearestCodes(CODES, "nanaco", "pgse3", 1).map((c) => c.slug)).toEqual(["pgse37"]);
    expect(nearestCodes(CODES, "nanaco", "pgse37", 0)).toEqual([]);
  });

  it("lists the service's first codes when nothing was typed, and nothing for an unknown service", () => {
    expect(nearestCodes(CODES, "AU-PAY", "").map((c) => c.slug)).toEqual(["er323", "er324"]);
    expect(nearestCodes(CODES, "no-such-service", "")).toEqual([]);
  });

  it("answers a 5,000-character code without freezing or matching anything", () => {
    expect(nearestCodes(CODES, "au-pay", "a".repeat(5_000))).toEqual([]);
    expect(nearestCodes(CODES, "au-pay", `er323${"0".repeat(5_000)}`)).toEqual([]);
  });

  it("never throws and only returns catalog entries on hostile input", () => {
    fc.assert(
      fc.property(hostileString(500), hostileString(500), (service, code) => {
        const near = nearestCodes(CODES, service, code);
        expect(near.length).toBeLessThanOrEqual(3);
        for (const c of near) expect(CODES).toContain(c);
        const exact = exactMatch(CODES, service, code);
        if (exact) expect(CODES).toContain(exact);
      }),
      PROPERTY_PARAMS,
    );
  });

  it("finds a code that moved to another service by its old address", () => {
    const moved = [{ service: "card-network", slug: "g44", code: "G44", title: "題", formerKeys: ["gmo-pg/g44"] }];
    expect(exactMatch(moved, "gmo-pg", "g44")?.service).toBe("card-network");
    expect(exactMatch(moved, "GMO-PG", "G44")?.service).toBe("card-network");
    expect(exactMatch(moved, "gmo-pg", "g45")).toBeUndefined();
  });
});

describe("one fuzzy code matcher for the 404 page and search", () => {
  it("counts a swap of two neighbours as one edit, as search does", async () => {
    const { editDistance } = await import("@/lib/search/edit-distance");
    expect(editDistance("pges37", "pgse37")).toBe(1);
    // PGES37 (a swap) and PGSE35 (a substitution) are equally near PGSE37; the 404 lists PGSE37 first.
    const near = nearestCodes(CODES, "nanaco", "PGES37");
    expect(near[0]?.slug).toBe("pgse37");
    expect(nearestCodes(CODES, "au-pay", "RE323")[0]?.slug).toBe("er323");
    // Counted as two edits (plain Levenshtein), the swap would tie with an insertion and a substitution,
    // and the code listed first would win.
    const two = [
      { service: "x", slug: "bcc99", code: "BCC99", title: "" },
      { service: "x", slug: "ab99", code: "AB99", title: "" },
    ];
    expect(nearestCodes(two, "x", "BA99").map((c) => c.slug)).toEqual(["ab99", "bcc99"]);
  });

  it("offers what the search engine offers for the same mistyped code", async () => {
    const { getSearchEngine } = await import("@/lib/search/server");
    const engine = getSearchEngine();
    for (const [service, typed, want] of [["nanaco", "PGES37", "pgse37"], ["au-pay", "ER3232", "er323"], ["nanaco", "PGSE73", "pgse37"]] as const) {
      expect(nearestCodes(CODES, service, typed)[0]?.slug, typed).toBe(want);
      expect(engine.search(typed, 3).results.map((r) => r.id), typed).toContain(`${service}/${want}`);
    }
  });
});
