import { describe, expect, it } from "vitest";
import { getSearchEngine, getSearchIndex } from "@/lib/search/server";

// Search on the English pages (lib/search/server): English entries, English links, Japanese words too.

describe("English search", () => {
  const engine = getSearchEngine("en");
  const top = (q: string) => engine.search(q).results[0];

  it("links every result to an English page", () => {
    expect(getSearchIndex("en").docs.every((d) => d.href.startsWith("/en/"))).toBe(true);
    expect(getSearchIndex("ja").docs.every((d) => !d.href.startsWith("/en"))).toBe(true);
  });

  it("finds codes by English words and shows English titles", () => {
    const r = top("insufficient funds");
    expect(r?.href).toMatch(/^\/en\/(codes|causes)\//);
    expect(r?.detail).not.toMatch(/[\u3040-\u30ff]/u);
    expect(top("ER323")?.href).toBe("/en/codes/au-pay/er323");
  });

  it("still finds an entry by the Japanese its screen shows", () => {
    expect(top("サーバーエラー PGSE37")?.href).toBe("/en/codes/nanaco/pgse37");
    expect(top("楽天カード")?.href).toBe("/en/issuers/rakuten");
  });
});
