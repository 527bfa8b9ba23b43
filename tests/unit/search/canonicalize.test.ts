import { describe, expect, it } from "vitest";
import { createCanonicalizer } from "@/lib/search/canonicalize";
import { normalizeText } from "@/lib/search/normalize";
import { getSearchEngine } from "@/lib/search/server";
import { buildSynonymTable } from "@/lib/search/synonyms";

const fold = createCanonicalizer(buildSynonymTable());
const folded = (s: string) => fold(normalizeText(s));
const engine = getSearchEngine();

describe("a Latin synonym inside a Latin word that starts a longer synonym", () => {
  it("is not replaced: 3DSec is 3D Secure typed so far, not 3DS and ec", () => {
    expect(folded("3DSec")).toBe("3dsec");
    expect(folded("3dsecu")).toBe("3dsecu");
    expect(folded("erro")).toBe("erro");
    expect(folded("emv3ds")).toBe("emv3ds");
  });

  it("is still replaced inside any other word, and as a word", () => {
    expect(folded("3DS")).toBe("本人認証");
    expect(folded("3DSecure")).toBe("本人認証");
    expect(folded("3DSecure2")).toBe("本人認証 2");
    expect(folded("3DSecure認証")).toBe("本人認証 認証");
    expect(folded("securecodes")).toBe("本人認証 s");
    expect(folded("errors")).toBe("えら s");
  });

  it("finds the 3-D Secure service for 3DSec, not challenge-cancel codes", () => {
    for (const q of ["3DSec", "3dsecu", "3ds", "emv3ds"]) {
      const results = engine.search(q, 3).results;
      expect(results[0]?.id, q).toBe("emv-3ds");
      expect(results.filter((r) => r.id.includes("challenge-cancel")), q).toEqual([]);
    }
  });
});
