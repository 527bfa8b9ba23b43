import { describe, expect, it } from "vitest";
import { issuerPartFacts, issuerPartSources, telHref } from "@/lib/issuers/part-facts";
import { ISSUER_PARTS } from "@/lib/catalog/schema/cause";
import type { Issuer, PhoneLine } from "@/lib/catalog/schema/issuer";

/** A company with only its 3-D Secure page known, as most are. */
const bare: Issuer = {
  id: "iss",
  names: { ja: "カード", kana: "かーど", latin: "Card", aliases: [] },
  brands: ["visa"],
  brandSources: ["src-brands"],
  threeDSecure: { url: "https://example.com/3ds", sources: ["src-3ds"] },
};

const fact = (text: string, source: string) => ({ text, sources: [source] });

describe("issuerPartFacts", () => {
  it("always has the 3-D Secure page, with its dated note", () => {
    expect(issuerPartFacts("three-d-secure", { ...bare, threeDSecure: { ...bare.threeDSecure, datedNote: "古い" } })).toEqual({
      kind: "three-d-secure",
      url: "https://example.com/3ds",
      title: undefined,
      datedNote: "古い",
      sources: ["src-3ds"],
    });
  });

  it("says unknown for every other part when no source gives the fact", () => {
    for (const part of ISSUER_PARTS.filter((p) => p !== "three-d-secure")) {
      expect(issuerPartFacts(part, bare), part).toEqual({ kind: "unknown" });
      expect(issuerPartSources(part, bare), part).toEqual([]);
    }
  });

  it("shows the way of checking before the password's name, and either one alone is enough", () => {
    const both = { ...bare, authMethod: fact("SMS", "src-auth"), passwordName: fact("認証コード", "src-pw") };
    expect(issuerPartFacts("auth-method", both)).toEqual({
      kind: "facts",
      lines: [
        { key: "authMethod", text: "SMS", sources: ["src-auth"], variants: [] },
        { key: "passwordName", text: "認証コード", sources: ["src-pw"], variants: [] },
      ],
    });
    expect(issuerPartSources("auth-method", both)).toEqual(["src-auth", "src-pw"]);
    const nameOnly = { ...bare, passwordName: fact("認証コード", "src-pw") };
    expect(issuerPartFacts("auth-method", nameOnly)).toEqual({
      kind: "facts",
      lines: [{ key: "passwordName", text: "認証コード", sources: ["src-pw"], variants: [] }],
    });
  });

  it("never shows a fraud-unlock fact under unlock, or the other way round", () => {
    const fraudOnly = { ...bare, fraudUnlock: fact("電話があります", "src-fraud") };
    expect(issuerPartFacts("unlock", fraudOnly)).toEqual({ kind: "unknown" });
    expect(issuerPartFacts("fraud-unlock", fraudOnly)).toEqual({
      kind: "facts",
      lines: [{ key: "fraudUnlock", text: "電話があります", sources: ["src-fraud"], variants: [] }],
    });
    const unlockOnly = { ...bare, unlock: fact("電話で解除", "src-unlock") };
    expect(issuerPartFacts("fraud-unlock", unlockOnly)).toEqual({ kind: "unknown" });
    expect(issuerPartSources("unlock", unlockOnly)).toEqual(["src-unlock"]);
  });

  it("gives the contact fact and its sources", () => {
    const withContact = { ...bare, contact: fact("0120", "src-contact") };
    expect(issuerPartFacts("contact", withContact)).toEqual({
      kind: "facts",
      lines: [{ key: "contact", text: "0120", sources: ["src-contact"], variants: [] }],
    });
    expect(issuerPartSources("contact", withContact)).toEqual(["src-contact"]);
  });

  it("carries what differs by card line, the reset page and the date the method changed, with every source", () => {
    const full: Issuer = {
      ...bare,
      authMethod: { text: "SMS", sources: ["src-auth"], changedOn: "2023-02-01" },
      passwordName: {
        text: "認証コード",
        sources: ["src-pw"],
        resetUrl: "https://example.com/reset",
        variants: [{ applies: "ゴールドカード", text: "アプリの通知", sources: ["src-gold"] }],
      },
    };
    expect(issuerPartFacts("auth-method", full)).toEqual({
      kind: "facts",
      lines: [
        { key: "authMethod", text: "SMS", sources: ["src-auth"], variants: [], changedOn: "2023-02-01" },
        {
          key: "passwordName",
          text: "認証コード",
          sources: ["src-pw"],
          variants: [{ applies: "ゴールドカード", text: "アプリの通知", sources: ["src-gold"] }],
          resetUrl: "https://example.com/reset",
        },
      ],
    });
    expect(issuerPartSources("auth-method", full)).toEqual(["src-auth", "src-pw", "src-gold"]);
  });

  it("gives the contact page and phone lines, and cites each line's own sources", () => {
    const phone: PhoneLine = { purpose: "general", label: "コンタクトセンター", number: "0120-00-0000", hours: "9:00〜17:00", sources: ["src-phone"] };
    const withContact: Issuer = { ...bare, contact: { text: "お電話ください", page: "https://example.com/contact", phones: [phone], sources: ["src-contact"] } };
    expect(issuerPartFacts("contact", withContact)).toEqual({
      kind: "facts",
      lines: [{ key: "contact", text: "お電話ください", sources: ["src-contact"], variants: [], page: "https://example.com/contact", phones: [phone] }],
    });
    expect(issuerPartSources("contact", withContact)).toEqual(["src-contact", "src-phone"]);
  });

  it("dials the number as written, without its hyphens", () => {
    expect(telHref("0120-00-0000")).toBe("tel:0120000000");
    expect(telHref("+81-3-1234-5678")).toBe("tel:+81312345678");
  });

  it("has no sources when no company is chosen", () => {
    for (const part of ISSUER_PARTS) expect(issuerPartSources(part, undefined), part).toEqual([]);
  });
});
