import { describe, expect, it } from "vitest";
import type { Fixer } from "@/lib/catalog/schema/cause";
import type { Likelihood } from "@/lib/catalog/schema/code";
import { partyOf, PARTIES, stoppingParties } from "@/lib/views/stop-party";

describe("partyOf", () => {
  it("puts the shop's and the card company's causes where they belong", () => {
    expect(partyOf("merchant", "emoney")).toBe("shop");
    expect(partyOf("merchant", "gateway")).toBe("shop");
    expect(partyOf("issuer", "emoney")).toBe("card");
    // Something the person fixes (3-D Secure not registered) was still stopped by the card company's check.
    expect(partyOf("user", undefined)).toBe("card");
  });

  it("places the service by what it is: a gateway is the payment company, anything else the shop", () => {
    expect(partyOf("service", "gateway")).toBe("payment");
    expect(partyOf("service", "emoney")).toBe("shop");
    expect(partyOf("service", "three-d-secure")).toBe("shop");
    expect(partyOf("service", undefined)).toBe("shop");
  });
});

const cause = (fixer: Fixer, likelihood: Likelihood) => ({ fixer, likelihood });

describe("stoppingParties", () => {
  it("is empty and uncertain without causes", () => {
    expect(stoppingParties([], "emoney")).toEqual({ parties: [], certain: false });
  });

  it("is certain when the most likely causes all point at one party", () => {
    expect(stoppingParties([cause("issuer", "high"), cause("user", "high"), cause("merchant", "low")], "emoney")).toEqual({
      parties: ["card"],
      certain: true,
    });
  });

  it("highlights every party among the most likely causes, in payment order, uncertain", () => {
    expect(stoppingParties([cause("issuer", "high"), cause("service", "high")], "gateway")).toEqual({
      parties: ["payment", "card"],
      certain: false,
    });
  });

  it("ignores less likely causes, and is uncertain when the best is only medium", () => {
    expect(stoppingParties([cause("merchant", "medium"), cause("issuer", "low")], "emoney")).toEqual({
      parties: ["shop"],
      certain: false,
    });
  });

  it("keeps parties in PARTIES order whatever the cause order", () => {
    const r = stoppingParties([cause("issuer", "low"), cause("service", "low"), cause("merchant", "low")], "gateway");
    expect(r.parties).toEqual([...PARTIES]);
  });

  it("never crashes on ids outside the schema (data from an older build)", () => {
    const odd = [{ fixer: "robot" as Fixer, likelihood: "high" as Likelihood }];
    expect(() => stoppingParties(odd, undefined)).not.toThrow();
    expect(stoppingParties(odd, undefined)).toEqual({ parties: [], certain: false });
    expect(partyOf("robot" as Fixer, "emoney")).toBeUndefined();
    expect(stoppingParties([...odd, cause("issuer", "medium")], "emoney")).toEqual({ parties: ["card"], certain: false });
    const unknownLikelihood = [{ fixer: "issuer" as Fixer, likelihood: "certain" as Likelihood }];
    expect(stoppingParties(unknownLikelihood, "emoney")).toEqual({ parties: [], certain: false });
    expect(stoppingParties([...unknownLikelihood, cause("merchant", "low")], "emoney")).toEqual({ parties: ["shop"], certain: false });
  });
});
