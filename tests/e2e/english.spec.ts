import { expect, type Page, type TestInfo, test } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { Wizard } from "./wizard-driver";
import { PAGE_TYPES } from "./site-routes";
import { UI_BY_LOCALE } from "../../lib/ui-text/locales";

// The English site under /en (issue #17), on both servers: the pages people reach first, every page type,
// the language switch both ways, search, the 404 page and the wizard's stories, all in English.

const isExport = (info: TestInfo) => info.project.name.startsWith("export-");
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/u;

/**
 * Every Japanese interface text (lib/ui-text/ja.ts, the plain strings) of six characters or more, to be
 * absent from English pages: an interface text left untranslated shows up whole. Shorter ones (サービス)
 * also stand inside the Japanese names the catalog keeps (「DC Web サービス」).
 */
function japaneseInterfaceWords(): string[] {
  const out = new Set<string>();
  const walk = (x: unknown) => {
    if (typeof x === "string") {
      if (x.length >= 6 && JAPANESE.test(x)) out.add(x);
    } else if (typeof x === "object" && x !== null) Object.values(x).forEach(walk);
  };
  walk(UI_BY_LOCALE.ja);
  return [...out];
}
const JA_WORDS = japaneseInterfaceWords();

/**
 * The page's visible words that are ours: without the sources' own titles and notes (Japanese pages keep
 * their names), and without Japanese the person must recognise, which stands in 「」 or brackets.
 */
async function ownWords(page: Page): Promise<string> {
  const text = await page.locator("body").evaluate((body) => {
    const copy = body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("[data-source-id], script, style, noscript, [hidden], [lang='ja']").forEach((n) => n.remove());
    return copy.innerText;
  });
  return text.replace(/「[^「」]*」/gu, "").replace(/[（(][^（）()]*[）)]/gu, "");
}

async function expectEnglish(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/^\s*$/);
  expect(JAPANESE.test((await page.getByRole("heading", { level: 1 }).innerText()).replace(/「[^「」]*」/gu, ""))).toBe(false);
  const words = await ownWords(page);
  expect(JA_WORDS.filter((w) => words.includes(w))).toEqual([]);
}

test.describe("English pages", () => {
  for (const path of ["/en/codes/au-pay/er323", "/en/codes/nanaco/pgse37/seven-card", "/en/diagnose", "/en/search?q=insufficient+funds"]) {
    test(`${path} answers 200 in English and passes axe`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expectEnglish(page);
      await expectNoAxeViolations(page);
    });
  }

  for (const { name, path } of PAGE_TYPES) {
    test(`the ${name} has an English twin, and each names the other as its alternate`, async ({ page }, info) => {
      const english = path === "/" ? "/en" : `/en${path}`;
      const response = await page.goto(english);
      expect(response?.status(), english).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      // The export answers a card company's address with the code's or cause's own page, which is canonical.
      const plain = path.split("?")[0] ?? path;
      const japanese = isExport(info) ? plain.replace(/^(\/codes\/[^/]+\/[^/]+|\/causes\/[^/]+)\/[^/]+$/, "$1") : plain;
      const englishPlain = japanese === "/" ? "/en" : `/en${japanese}`;
      if (!path.startsWith("/company-parts/") && !path.startsWith("/search")) {
        await expect(page.locator('link[rel="alternate"][hreflang="ja"]')).toHaveAttribute(
          "href",
          new RegExp(`[^/]${japanese === "/" ? "/?" : japanese}$`),
        );
        await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", new RegExp(`${englishPlain}$`));
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", "ja");
        await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", new RegExp(`${englishPlain}$`));
      }
    });
  }

  test("the language switch keeps the page, in both directions", async ({ page }) => {
    await page.goto("/codes/au-pay/er323");
    await page.getByRole("link", { name: "Read this page in English" }).click();
    await expect(page).toHaveURL(/\/en\/codes\/au-pay\/er323$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("ER323");
    await expectEnglish(page);
    await page.getByRole("link", { name: "このページを日本語で読む" }).click();
    await expect(page).toHaveURL(/\/codes\/au-pay\/er323$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  });

  test("the language switch keeps the wizard's step, answers and chosen company", async ({ page }) => {
    await page.goto("/diagnose/au-pay/er323/yes/result?card=saison#card-saison");
    await page.getByRole("link", { name: "Read this page in English" }).click();
    await expect(page).toHaveURL(/\/en\/diagnose\/au-pay\/er323\/yes\/result\?card=saison#card-saison$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Result");
    await expect(
      page.getByText(/call Saison's 「インフォメーションセンター」 \(Information Center\) and ask them to lift the stop/).first(),
    ).toBeVisible();
    await page.getByRole("link", { name: "このページを日本語で読む" }).click();
    await expect(page).toHaveURL(/\/diagnose\/au-pay\/er323\/yes\/result\?card=saison#card-saison$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("診断の結果");
  });

  test("search in English finds English entries; Japanese typed on an English page works too", async ({ page }) => {
    await page.goto("/en/search?q=insufficient+funds");
    const first = page.getByRole("main").getByRole("listitem").first();
    await expect(first).toContainText("insufficient_funds");
    await expect(first).toContainText("Not enough");
    await expect(first.getByRole("link").first()).toHaveAttribute("href", /^\/en\/codes\//);
    await page.goto(`/en/search?q=${encodeURIComponent("サーバーエラー PGSE37")}`);
    await expect(
      page
        .getByRole("main")
        .getByRole("link", { name: /PGSE37/ })
        .first(),
    ).toHaveAttribute("href", "/en/codes/nanaco/pgse37");
    // The home page's box: typed, suggested, opened, all in English.
    await page.goto("/en");
    const box = page.getByRole("main").getByRole("combobox");
    await box.fill("ER323");
    await expect(page.getByRole("listbox").getByRole("option").first()).toContainText("Stopped by the card company");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/en\/(codes\/au-pay\/er323|search\?q=ER323)$/);
  });

  test("an unknown English address answers 404 in English and offers the code it meant", async ({ page }) => {
    const response = await page.goto("/en/codes/nanaco/pgse99");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(UI_BY_LOCALE.en.notFound.title);
    await expect(page.getByRole("link", { name: /PGSE37/ }).first()).toHaveAttribute("href", "/en/codes/nanaco/pgse37");
    // The suggestions name the codes in English (the codes list carries both languages).
    await expect(page.getByRole("link", { name: /PGSE37/ }).first()).toContainText("Wrong card number");
    expect((await page.goto("/en/no-such-page"))?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectNoAxeViolations(page);
    // The Japanese miss stays Japanese.
    expect((await page.goto("/no-such-page"))?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  });

  test("a wait turns into an English date in Japan time", async ({ browser }, info) => {
    // As the Japanese test (help-pages.spec.ts): the device is in New York, the answer is in Japan time.
    const context = await browser.newContext({ timezoneId: "America/New_York", baseURL: info.project.use.baseURL });
    const page = await context.newPage();
    await page.goto("/en/codes/nanaco/pgse05");
    await page.locator('input[type="datetime-local"]').first().fill("2026-03-05T23:30");
    await expect(page.locator(".waits").first().getByRole("status").first()).toContainText(/9 March 2026.*06:00 \(Japan time\)/);
    await context.close();
  });

  test("a card company's English address opens that company's English steps", async ({ page }, info) => {
    await page.goto("/en/codes/au-pay/er323/saison");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("#answer")).toContainText("For Saison Card");
    if (isExport(info)) expect((await page.goto("/en/codes/au-pay/er305/saison"))?.status()).toBe(404);
  });
});

async function nanacoStory(page: Page, filled = true) {
  const w = new Wizard(page, "en");
  await w.start();
  await w.answer(/^nanaco/, /Which code is shown on the screen/);
  await w.answer(/^PGSE37: /, /registered for your card company's identity check service/);
  await expect(page.getByText(/Question 3/)).toBeVisible();
  await w.answer("It is not registered", /Which company issued your card/);
  await expect(page.getByText("Question 4 (this is the last question)")).toBeVisible();
  await expect(page.getByRole("main").getByRole("listitem").first()).toHaveText(/^Seven Card/);
  await expect(page.getByText(/Only cards from Seven Card Service can be newly registered/)).toBeVisible();
  await w.answer("Seven Card", /^Result$/);
  await expect(page).toHaveURL(/\/en\/diagnose\/nanaco\/pgse37\/no\/result\?card=seven-card#card-seven-card$/);
  await expect(w.causeHeadings().first()).toHaveText(/1\. The card is not registered for identity check/);
  await expect(page.getByText("From your answers, this is very likely the cause.")).toBeVisible();
  await expect(page.getByText("Once you have registered, try the top-up or card registration again.")).toBeVisible();
  const codeLink = page.getByRole("link", { name: "See the full explanation of this code" }).first();
  if (!filled) {
    await expect(page.getByText("The card company you chose").first()).toBeVisible();
    await expect(codeLink).toHaveAttribute("href", /^\/en\/codes\/nanaco\/pgse37/);
    return;
  }
  await expect(page.getByRole("link", { name: "www.7card.co.jp" }).first()).toBeVisible();
  await expect(page.getByText(/判定状況確認用キーワード/).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "www.saisoncard.co.jp" }).first()).toBeHidden();
  await expect(codeLink).toHaveAttribute("href", /^\/en\/codes\/nanaco\/pgse37/);
  await expectEnglish(page);
}

test.describe("diagnosis wizard stories in English", () => {
  test("nanaco PGSE37, card not enrolled in 3-D Secure: enrol at the card company, then retry", async ({ page }) => {
    await nanacoStory(page);
  });

  test("au PAY ER323 after wrong 3-D Secure passwords (Saison): ask Saison to lift the lock", async ({ page }) => {
    const w = new Wizard(page, "en");
    await w.start();
    await w.answer(/^au PAY/, /Which code is shown on the screen/);
    await w.answer(/^ER323: /, /wrong several times in a row/);
    await w.answer("Yes, I got it wrong several times", /Which company issued your card/);
    await w.answer("Saison Card", /^Result$/);
    await expect(w.causeHeadings().first()).toHaveText(/wrong identity check password many times/);
    await expect(
      page.getByText(/call Saison's 「インフォメーションセンター」 \(Information Center\) and ask them to lift the stop/).first(),
    ).toBeVisible();
    await expect(page.getByText(/Check that the password you entered is the one for the card you are using now/).first()).toBeVisible();
    const summary = page.locator("p", { hasText: "Card company: " });
    await expect(summary.getByText("Saison Card", { exact: true }).filter({ visible: true })).toHaveCount(1);
    await expect(summary.getByText("EPOS CARD", { exact: true }).filter({ visible: true })).toHaveCount(0);
  });

  test("au PAY ER323, password right, fraud suspicion: call the card company, stop the card on unknown charges", async ({ page }) => {
    const w = new Wizard(page, "en");
    await w.start();
    await w.answer(/^au PAY/, /Which code is shown on the screen/);
    await w.answer(/^ER323: /, /wrong several times in a row/);
    await w.answer("No, I did not get it wrong", /Does any of the following apply/);
    await w.answer(/I paid many times in a short time/, /Which company issued your card/);
    await w.answer("Other / not sure", /^Result$/);
    await expect(page).toHaveURL(/\/en\/diagnose\/au-pay\/er323\/no\/many-or-large\/result$/);
    await expect(w.causeHeadings().first()).toHaveText(/suspects fraud/);
    await expect(page.getByText(/Call the phone number on the back of your card, or use your card company's chat/)).toBeVisible();
    await expect(page.getByText(/If you find a charge you do not recognise, have the card stopped at once/)).toBeVisible();
    await expect(page.getByText("Contact: the phone number on the back of your card").first()).toBeVisible();
    await expect(w.causeHeadings().last()).toHaveText(/wrong identity check password many times/);
  });

  test("a web application form's 3-D Secure 2.0 failure: another 3-D Secure 2.0 card or convenience store", async ({ page }) => {
    const w = new Wizard(page, "en");
    await w.start();
    await w.answer(/^An online shop or application form/, /Is a code shown on the screen/);
    await w.answer("No code is shown", /What did the screen show/);
    await w.answer("The identity check (3-D Secure) could not be done, or it failed", /Which company issued your card/);
    await w.answer("Sumitomo Mitsui Card", /^Result$/);
    await expect(w.causeHeadings().first()).toHaveText(/3-D Secure 2\.0\) failed/);
    await expect(page.getByText(/pay with another card that supports 3-D Secure 2\.0, or choose another payment method/)).toBeVisible();
    await expect(page.getByText(/Once you choose it, you may not be able to switch back to card payment/)).toBeVisible();
    await expect(page.getByText(/e-mail address registered on the member site Vpass/).first()).toBeVisible();
  });
});

test.describe("the English wizard without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the nanaco PGSE37 story works with plain links", async ({ page }, info) => {
    await nanacoStory(page, !isExport(info));
  });
});

// axe on every step of the English stories, and on each English page type: a sweep, run in one project
// (@sweep, playwright.config.ts), as the Japanese sweeps in wizard.spec.ts and help-pages.spec.ts.
test.describe("axe on the English stories' steps and page types", { tag: "@sweep" }, () => {
  for (const path of [
    "/en/diagnose/nanaco",
    "/en/diagnose/nanaco/pgse37",
    "/en/diagnose/nanaco/pgse37/no",
    "/en/diagnose/nanaco/pgse37/no/result?card=seven-card#card-seven-card",
    "/en/diagnose/au-pay/er323/yes/result?card=saison#card-saison",
    "/en/diagnose/au-pay/er323/no/many-or-large/result",
    "/en/diagnose/web/no-code/3ds-failed/result?card=smbc#card-smbc",
    "/en",
    "/en/codes/au-pay/er323/saison",
    "/en/issuers/saison",
    "/en/services/au-pay",
    "/en/brands/visa",
    "/en/causes",
    "/en/causes/threeds-not-enrolled/seven-card",
  ]) {
    test(`axe ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expectNoAxeViolations(page);
    });
  }
});
