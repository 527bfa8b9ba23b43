import { describe, expect, it } from "vitest";
import { splitAsides } from "@/lib/views/asides";

describe("splitAsides", () => {
  it("moves a long parenthesised aside out of the sentence, brackets off", () => {
    const text =
      "登録方法はカード会社に確かめるよう案内しています（画面には J/Secure と、旧名称の Verified by VISA、MasterCard SecureCode が並んでいます）。";
    expect(splitAsides(text)).toEqual({
      main: "登録方法はカード会社に確かめるよう案内しています。",
      asides: ["画面には J/Secure と、旧名称の Verified by VISA、MasterCard SecureCode が並んでいます"],
    });
  });

  it("keeps short asides where they are, nested brackets included", () => {
    const text = "セブンカード・プラス（ゴールド）が使えます。";
    expect(splitAsides(text)).toEqual({ main: text, asides: [] });
    const nested = `カード（${"セブンカード・プラス（ゴールド）、".repeat(3)}）です。`;
    expect(splitAsides(nested).asides).toEqual([`${"セブンカード・プラス（ゴールド）、".repeat(3)}`]);
    expect(splitAsides(nested).main).toBe("カードです。");
  });

  it("leaves a text with an unclosed bracket as written", () => {
    const text = `説明です（${"あ".repeat(50)}。`;
    expect(splitAsides(text)).toEqual({ main: text, asides: [] });
  });
});
