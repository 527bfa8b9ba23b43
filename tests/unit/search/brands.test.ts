import { describe, expect, it } from "vitest";
import { getSearchEngine } from "@/lib/search/server";
import { brandHref } from "@/lib/web/links";

// The brand pages (/brands/{id}) in the real index: found by their programme's names, without taking
// the card company of the same name or 3-D Secure in general away from their own queries.
describe("search: a brand's programme, former names and spellings open the brand's page first", () => {
  const engine = getSearchEngine();
  const first = (q: string) => engine.search(q, 3).results[0];

  it.each([
    ["Verified by Visa", "visa"],
    ["Visa Secure", "visa"],
    ["ベリファイドバイビザ", "visa"],
    ["SecureCode", "mastercard"],
    ["ID Check", "mastercard"],
    ["J/Secure", "jcb"],
    ["セーフキー", "amex"],
    ["SafeKey", "amex"],
    ["ProtectBuy", "diners"],
    ["プロテクトバイ", "diners"],
  ])("%s → /brands/%s", (q, brand) => {
    expect(first(q)).toMatchObject({ kind: "brand", id: brand, href: brandHref(brand), reason: { how: "exact", field: "name" } });
  });

  it("J/Secure, also a name of JCB the card company, lists JCB right after the JCB brand page", () => {
    expect(engine.search("J/Secure", 2).results.map((r) => `${r.kind}:${r.id}`)).toEqual(["brand:jcb", "issuer:jcb"]);
  });

  it("the card company of a brand's name still comes first for that name (JCB, ジェーシービー)", () => {
    for (const q of ["JCB", "ジェーシービー"]) expect(first(q), q).toMatchObject({ kind: "issuer", id: "jcb" });
  });

  it("words about 3-D Secure in general find the general page, not one brand's", () => {
    for (const q of ["3Dセキュア", "本人認証", "セキュア", "にんしょう"])
      expect(first(q), q).toMatchObject({ kind: "service", id: "emv-3ds" });
  });
});
