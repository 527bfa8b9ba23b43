import { describe, expect, it } from "vitest";
import { createCanonicalizer } from "@/lib/search/canonicalize";
import { normalizeText } from "@/lib/search/normalize";
import { getSearchEngine } from "@/lib/search/server-index";
import { buildSynonymTable } from "@/lib/search/synonyms";

const fold = createCanonicalizer(buildSynonymTable());
const folded = (s: string) => fold(normalizeText(s));
const engine = getSearchEngine();

describe("a Latin synonym inside a longer Latin word", () => {
  it("is not replaced: 3DSec is 3D Secure typed so far, not 3DS and ec", () => {
    expect(folded("3DSec")).toBe("3dsec");
    expect(folded("SecureCodes")).toBe("securecodes");
  });

  it("is still replaced as a word, before digits or next to kana", () => {
    expect(folded("3DS")).toBe("本人認証");
    expect(folded("3DSecure2")).toBe("本人認証 2");
    expect(folded("3DSecure認証")).toBe("本人認証 認証");
  });

  it("finds the 3-D Secure service for 3DSec, not challenge-cancel codes", () => {
    for (const q of ["3DSec", "3dsecu", "3ds"]) {
      const results = engine.search(q, 3).results;
      expect(results[0]?.id, q).toBe("emv-3ds");
      expect(results.filter((r) => r.id.includes("challenge-cancel")), q).toEqual([]);
    }
  });
});
