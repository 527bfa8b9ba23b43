import { describe, expect, it } from "vitest";
import { compactText, extractCodeCandidates, normalizeText } from "@/lib/search/normalize";
import { clampQuery, MAX_QUERY_LENGTH } from "@/lib/search/limits";

describe("normalizeText: one folding for index and query", () => {
  it.each([
    ["ＰＧＳＥ３７", "pgse37"],
    ["ER-323", "er323"],
    ["ERー323", "er323"],
    ["er－３２３", "er323"],
    ["カード", "かど"],
    ["かーど", "かど"],
    ["ｶｰﾄﾞ", "かど"],
    ["サーバーエラー：ＰＧＳＥ３７", "さばえら pgse37"],
    ["【42G300000】", "42g300000"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("gives '' for anything that is not a string, never throws", () => {
    for (const x of [undefined, null, 42, {}, [], Symbol("s")]) expect(normalizeText(x)).toBe("");
    expect(() => normalizeText("\ud800x\u0000\u200b")).not.toThrow();
  });

  it("compactText drops the spaces", () => {
    expect(compactText("G30 - 42G300000")).toBe("g3042g300000");
  });
});

describe("extractCodeCandidates: the code inside what people copy", () => {
  it.each([
    ["サーバーエラー:PGSE37", ["pgse37"]],
    ["エラー詳細コード : 42G300000", ["42g300000"]],
    ["【42G300000】", ["42g300000"]],
    ["er 323", ["er323"]],
  ])("%s", (input, expected) => {
    expect(extractCodeCandidates(input)).toEqual(expect.arrayContaining(expected));
  });

  it("G30-42G300000 gives the whole and both parts", () => {
    expect(extractCodeCandidates("G30-42G300000")).toEqual(expect.arrayContaining(["g3042g300000", "g30", "42g300000"]));
  });

  it("words without digits give no code", () => {
    expect(extractCodeCandidates("本人認証 パスワード")).toEqual([]);
  });
});

describe("clampQuery", () => {
  it("caps the length without splitting an emoji", () => {
    const long = "💳".repeat(500);
    const cut = clampQuery(long);
    expect(cut.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(cut.isWellFormed()).toBe(true);
  });
  it("non-strings become ''", () => {
    expect(clampQuery(["x"])).toBe("");
  });
});
