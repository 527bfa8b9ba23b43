import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { companyPartPlan } from "@/components/cause/company-slot";
import { IssuerFacts } from "@/components/issuer/issuer-facts";
import { IssuerPart } from "@/components/issuer/issuer-part";
import type { IssuerPart as Part, Step } from "@/lib/catalog/schema/cause";
import type { Issuer } from "@/lib/catalog/schema/issuer";
import { companyBoxes, repeatedInBox } from "../support/company-boxes";

// Fixtures, not the catalog: other editors are filling these fields in right now, and a test must not
// depend on which company has which fact today.
const bare: Issuer = {
  id: "fx",
  names: { ja: "FX カード", kana: "えふえっくすかーど", latin: "FX Card", aliases: [] },
  brands: ["visa"],
  brandSources: ["src-brands"],
  threeDSecure: { url: "https://www.fx-card.example/3ds", sources: ["src-3ds"] },
};

const full: Issuer = {
  ...bare,
  threeDSecure: { url: "https://www.fx-card.example/3ds", title: "FX カードの本人認証サービス（3D セキュア）", sources: ["src-3ds"] },
  authMethod: { text: "ワンタイムパスワードを SMS で受け取ります。", sources: ["src-auth"], changedOn: "2023-02-01" },
  passwordName: {
    text: "認証用パスワード",
    resetUrl: "https://www.fx-card.example/reset",
    variants: [{ applies: "FX ゴールドカード", text: "アプリに届く認証コード", sources: ["src-gold"] }],
    sources: ["src-pw"],
  },
  contact: {
    text: "会員サイトのチャットか電話で相談できます。",
    page: "https://www.fx-card.example/contact",
    phones: [
      { purpose: "general", label: "FX カードコンタクトセンター", number: "0120-11-2222", hours: "9:00〜17:00（1 月 1 日休み）", sources: ["src-phone"] },
      { purpose: "lost-stolen", label: "紛失・盗難受付デスク", number: "0120-33-4444", hours: "24 時間・年中無休", sources: ["src-phone"] },
    ],
    sources: ["src-contact"],
  },
};

const render = (part: Part, issuer: Issuer | undefined) => renderToStaticMarkup(createElement(IssuerPart, { part, issuer }));
const text = (html: string) => html.replace(/<[^>]+>/g, "");

describe("a card company's part of a step", () => {
  it("links the 3-D Secure page by its own title, naming the domain", () => {
    const html = render("three-d-secure", full);
    expect(html).toContain('href="https://www.fx-card.example/3ds"');
    expect(text(html)).toContain("FX カードの本人認証サービス（3D セキュア）（www.fx-card.example）");
    // Without a title, the page is named for the company.
    expect(text(render("three-d-secure", bare))).toContain("FX カードの本人認証サービスの案内ページ");
  });

  it("gives each phone line as a tel: link with its desk's name, purpose and hours, and the contact page", () => {
    const html = render("contact", full);
    expect(html).toContain('href="tel:0120112222"');
    expect(html).toContain('href="tel:0120334444"');
    const t = text(html);
    expect(t).toContain("FX カードコンタクトセンター（カードのお問い合わせ）：0120-11-2222");
    expect(t).toContain("9:00〜17:00（1 月 1 日休み）");
    expect(t).toContain("紛失・盗難受付デスク（紛失・盗難）：0120-33-4444");
    expect(html).toContain('href="https://www.fx-card.example/contact"');
    expect(t).toContain("FX カードの問い合わせのページ（www.fx-card.example）");
  });

  it("gives the password reset page and what differs by card line as 「〇〇の場合：…」", () => {
    const t = text(render("auth-method", full));
    expect(t).toContain("ワンタイムパスワードを SMS で受け取ります。（2023-02-01 から）");
    expect(t).toContain("パスワード・コードの呼び名：認証用パスワード");
    expect(t).toContain("FX ゴールドカードの場合：アプリに届く認証コード");
    expect(render("auth-method", full)).toContain('href="https://www.fx-card.example/reset"');
  });

  it("says an unknown fact once, with the company's contact route when it has one", () => {
    const t = text(render("unlock", full));
    expect(t.match(/まだ確かめられていません/g)).toHaveLength(1);
    expect(t).toContain("本人認証のロックの解除は、このサイトではまだ確かめられていません。");
    expect(render("unlock", full)).toContain('href="https://www.fx-card.example/contact"');
  });

  it("without a contact route, points to the number on the card and the company's own 3-D Secure page", () => {
    const html = render("contact", bare);
    expect(text(html)).toContain("問い合わせ先は、このサイトではまだ確かめられていません。カードの裏面に書かれている電話番号か、FX カードの案内ページでお確かめください。");
    expect(html).toContain('href="https://www.fx-card.example/3ds"');
  });

  it("with no company chosen, says what is always true, or nothing", () => {
    expect(text(render("contact", undefined))).toBe("問い合わせ先：カードの裏面に書かれている電話番号");
    expect(render("auth-method", undefined)).toBe("");
  });
});

describe("the chosen company's box of facts", () => {
  it("says the facts no source gives once, together, and repeats no sentence", () => {
    const html = renderToStaticMarkup(createElement(IssuerFacts, { issuer: bare }));
    const t = text(html);
    expect(t.match(/まだ確かめられていません/g)).toHaveLength(1);
    expect(t).toContain("本人認証のしかた・パスワード・コードの呼び名・本人認証のロックの解除・不正利用の疑いで止まったときの解除・問い合わせ先は");
    // The 3-D Secure page is linked once in the box; the route points up to it.
    expect(html.match(/href="https:\/\/www\.fx-card\.example\/3ds"/g)).toHaveLength(1);
    for (const box of companyBoxes(html)) expect(repeatedInBox(box)).toEqual([]);
  });

  it("with everything known but the unlock routes, lists the facts and names only those two as unknown", () => {
    const t = text(renderToStaticMarkup(createElement(IssuerFacts, { issuer: full })));
    expect(t).toContain("本人認証のロックの解除・不正利用の疑いで止まったときの解除は、このサイトではまだ確かめられていません。");
    // The contact stands once, above; the unknown line points up to it instead of listing it again.
    expect(t).toContain("上の問い合わせ先でお確かめください。");
    expect(t.split("0120-11-2222")).toHaveLength(2);
  });
});

describe("which steps of a cause show their company box", () => {
  const steps: Step[] = [
    { text: "問い合わせます。", issuerPart: "contact", sources: [] },
    { text: "解除してもらいます。", issuerPart: "fraud-unlock", sources: [] },
    { text: "登録します。", issuerPart: "three-d-secure", sources: [] },
    { text: "もう一度試します。", sources: [] },
  ];

  it("shows the choose-a-company hint once, at the first step that needs a company", () => {
    expect(companyPartPlan(steps, undefined, true)).toEqual(["hint", null, null, null]);
  });

  it("shows an unknown fact's fallback once: a later unknown step stands alone", () => {
    expect(companyPartPlan(steps, bare, true)).toEqual(["part", null, "part", null]);
  });

  it("shows each known fact", () => {
    expect(companyPartPlan(steps, full, true)).toEqual(["part", "part", "part", null]);
  });

  it("with no company and no choice offered, shows each general text once", () => {
    expect(companyPartPlan(steps, undefined, false)).toEqual(["part", "part", "part", null]);
    const twice: Step[] = [...steps, { text: "解除を頼みます。", issuerPart: "unlock", sources: [] }];
    expect(companyPartPlan(twice, undefined, false)).toEqual(["part", "part", "part", null, null]);
  });
});
