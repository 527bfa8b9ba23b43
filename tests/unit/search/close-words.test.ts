import { describe, expect, it } from "vitest";
import { createCloseWords } from "@/lib/search/close-words";
import { buildWordIndex } from "@/lib/search/word-index";

const indexOf = (...words: string[]) => buildWordIndex([{ terms: [{ norm: words.join(" ") }] }]);

describe("createCloseWords", () => {
  const closeWords = createCloseWords(indexOf("せぞん", "らくてん", "ぱすわど", "ぱすぽと", "pgse37", "ろつく", "かどがいしやのでんわばんごうは"), {
    maxWord: 14,
    maxCandidates: 48,
  });

  it("corrects a typo to a real word of the index", () => {
    expect(closeWords("ぱすわお")[0]).toBe("ぱすわど");
    expect(closeWords("らくでん")).toContain("らくてん");
    expect(closeWords("saison")).toEqual([]);
  });

  it("never offers a word with digits, of another length, or too long", () => {
    expect(closeWords("pgse38")).toEqual([]);
    expect(closeWords("ろ")).toEqual([]);
    expect(closeWords("かどがいしやのでんわばんご")).toEqual([]);
  });

  it("hands fuse.js only the words sharing most characters when there are too many", () => {
    const words = ["すわどだ", "ぱすわど", "ぱすわどだん"];
    const at = (maxCandidates: number) => createCloseWords(indexOf(...words), { maxWord: 14, maxCandidates })("ぱすわどだ");
    // ぱすわどだん has all five characters, the others four: it is kept first, then the earlier word.
    expect(at(1)).toEqual(["ぱすわどだん"]);
    expect(at(2)).toEqual(["ぱすわどだん", "すわどだ"]);
    expect(at(48)).toEqual(["ぱすわどだん", "すわどだ", "ぱすわど"]);
  });
});
