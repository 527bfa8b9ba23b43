import { describe, expect, it } from "vitest";
import { getIssuer } from "@/lib/catalog";
import { otherIssuerNames } from "@/lib/issuers/names";

describe("otherIssuerNames", () => {
  it("lists Saison's other names without its kana reading, each once whatever its case", () => {
    const saison = getIssuer("saison")!;
    const names = otherIssuerNames(saison);
    expect(names).not.toContain(saison.names.kana);
    expect(names).not.toContain(saison.names.ja);
    expect(names).toContain(saison.names.latin);
    const lower = names.map((n) => n.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });
});
