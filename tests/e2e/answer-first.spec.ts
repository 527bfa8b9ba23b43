import { expect, type Page, test, type TestInfo } from "@playwright/test";
import { getIssuer, getService } from "../../lib/catalog/load";
import { telHref } from "../../lib/issuers/part-facts";
import { expectNoAxeViolations } from "./a11y";

// A person at a till, on a phone: what to do must be on the first screen. Checked at 390×844 (the phone
// projects); the desktop projects have room to spare and are skipped.
const PHONE = { width: 390, height: 844 };
const onPhone = (info: TestInfo) =>
  test.skip(info.project.name.includes("desktop"), "a phone's first screen; checked in the phone projects");

/** The first action of 「まず、これを」. */
const firstAction = (page: Page) => page.locator("#answer .steps > li").first();

/** The URLs a company's own action may lead to: its contact page and phone lines, or its 3-D Secure page. */
function companyTargets(issuerId: string): string[] {
  const issuer = getIssuer(issuerId);
  if (!issuer) throw new Error(`no card company ${issuerId} in the catalog`);
  return [
    issuer.threeDSecure.url,
    ...(issuer.contact?.page ? [issuer.contact.page] : []),
    ...(issuer.contact?.phones ?? []).map((p) => telHref(p.number)),
  ];
}

const PAGES: { path: string; issuer?: string }[] = [
  { path: "/codes/nanaco/pgse37" },
  { path: "/codes/au-pay/er323" },
  { path: "/codes/gmo-pg/42g300000" },
  { path: "/codes/nanaco/pgse37/seven-card", issuer: "seven-card" },
  { path: "/codes/au-pay/er323/rakuten", issuer: "rakuten" },
];

test.describe("「まず、これを」 on the first screen of a phone", () => {
  test.use({ viewport: PHONE });

  for (const { path, issuer } of PAGES) {
    test(`${path}: the first action lies entirely within the first 844 px${issuer ? ", and is that company's" : ""}`, async ({
      page,
    }, info) => {
      onPhone(info);
      await page.goto(path);
      await expect(page.getByRole("heading", { name: "まず、これを" })).toBeVisible();
      const box = await firstAction(page).boundingBox();
      expect(box, "the first action is shown").not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height, `bottom of the first action on ${path}`).toBeLessThanOrEqual(PHONE.height);
      if (issuer) {
        const name = getIssuer(issuer)!.names.ja;
        await expect(firstAction(page)).toContainText(`${name}の場合`);
        const hrefs = await firstAction(page)
          .locator("a[href]")
          .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
        expect(
          hrefs.some((h) => h !== null && companyTargets(issuer).includes(h)),
          `${hrefs.join(", ")}`,
        ).toBe(true);
      }
    });
  }

  test("nanaco's box names the Seven Card rule in one line, from the catalog", async ({ page }, info) => {
    onPhone(info);
    const reason = getService("nanaco")?.featuredIssuers?.reason;
    expect(reason).toBeTruthy();
    await page.goto("/codes/nanaco/pgse37");
    await expect(page.locator("#answer .answer-rule")).toHaveText(reason!);
    await expect(page.locator("#answer")).not.toContainText("先に並べています");
  });

  test("the box says what not to do and the quickest way out", async ({ page }, info) => {
    onPhone(info);
    await page.goto("/codes/au-pay/er323");
    const box = page.locator("#answer");
    await expect(box).toContainText("してはいけないこと：");
    // issuer-fraud-hold's own steps say 「別のカード」 (its fourth step is not among the first three), so the box adds the way out.
    await expect(box).toContainText("急ぐとき：");
    await expect(box.getByRole("link", { name: "くわしい手順とほかの原因" })).toHaveAttribute("href", "#causes");
  });
});

test.describe("keyboard", () => {
  test.use({ viewport: PHONE });

  for (const { path } of PAGES) {
    test(`${path}: from the search box, the first step is reached in at most 6 Tab presses`, async ({ page }, info) => {
      onPhone(info);
      await page.goto(path);
      await page.getByRole("banner").getByRole("combobox").focus();
      let presses = 0;
      let inside = false;
      while (presses < 6 && !inside) {
        await page.keyboard.press("Tab");
        presses++;
        inside = await page.evaluate(() => document.activeElement?.closest("#answer .steps > li:first-child") !== null);
      }
      expect(inside, `focus after ${presses} presses: ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}`).toBe(
        true,
      );
    });
  }

  test("the likely card companies take one Tab press; arrow keys move within them", async ({ page }) => {
    await page.goto("/codes/au-pay/er323");
    const group = page.getByRole("toolbar", { name: "よく使われるカード会社" });
    const chips = group.getByRole("link");
    expect(await chips.count()).toBeGreaterThan(1);
    await chips.first().focus();
    await page.keyboard.press("ArrowRight");
    await expect(chips.nth(1)).toBeFocused();
    await page.keyboard.press("Tab");
    // Out of the group: the next stop is 「ほかのカード会社」, not another chip.
    expect(await page.evaluate(() => document.activeElement?.closest('[role="toolbar"]') === null)).toBe(true);
    await expect(page.locator("#issuer-choice details.issuer-more > summary")).toBeFocused();
  });
});

test.describe("the wizard keeps the chosen card company", () => {
  async function rakutenStory(page: Page) {
    await page.goto("/diagnose/web");
    await page.getByRole("link", { name: "コードは出ていない" }).click();
    await page.getByRole("link", { name: "本人認証（3D セキュア）ができなかった・失敗した" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/カードの会社はどこですか/);
    await page.getByRole("link", { name: "楽天カード", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/診断の結果/);
  }

  const rakutenSteps = (page: Page) => page.locator("main .issuer-part").filter({ visible: true }).filter({ hasText: "楽天カードの場合" });

  async function useSkipLink(page: Page) {
    const skip = page.getByRole("link", { name: "本文へ移動" });
    await skip.focus();
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  }

  test("web shop → no code → 3-D Secure failed → 楽天カード: Rakuten's steps stay after 「本文へ移動」", async ({ page }) => {
    await rakutenStory(page);
    await expect(page).toHaveURL(/\/diagnose\/web\/no-code\/3ds-failed\/result\?card=rakuten#card-rakuten$/);
    await expect(rakutenSteps(page).first()).toBeVisible();
    const before = await rakutenSteps(page).count();
    await useSkipLink(page);
    await expect(rakutenSteps(page)).toHaveCount(before);
    await expect(
      page.locator('main a[href="https://www.rakuten-card.co.jp/security/3d-secure/"]').filter({ visible: true }).first(),
    ).toBeVisible();
    // Reloading keeps them too: the company is in the query, which in-page links keep.
    await page.reload();
    await expect(rakutenSteps(page)).toHaveCount(before);
  });

  test("the old #card-rakuten link still shows Rakuten's steps, and keeps them after 「本文へ移動」", async ({ page }) => {
    await page.goto("/diagnose/web/no-code/3ds-failed/result#card-rakuten");
    await expect(rakutenSteps(page).first()).toBeVisible();
    await expect(page).toHaveURL(/\/result\?card=rakuten#card-rakuten$/);
    await useSkipLink(page);
    await expect(rakutenSteps(page).first()).toBeVisible();
  });

  test("without JavaScript, the old #card-rakuten link shows Rakuten's steps", async ({ browser }, info) => {
    test.skip(info.project.name.startsWith("export-"), "the export's result page holds one version, which the browser fills in");
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: info.project.use.baseURL });
    const page = await context.newPage();
    await page.goto("/diagnose/web/no-code/3ds-failed/result#card-rakuten");
    await expect(rakutenSteps(page).first()).toBeVisible();
    await expect(page.locator("main .issuer-part").filter({ visible: true }).filter({ hasText: "三井住友カードの場合" })).toHaveCount(0);
    await context.close();
  });

  test("the code step offers 「コードは出ていない」 before the codes, and the codes can be filtered", async ({ page }) => {
    await page.goto("/diagnose/nanaco");
    const options = page.getByRole("main").getByRole("link");
    await expect(options.first()).toHaveText(/コードは出ていない/);
    const filter = page.getByLabel("コードや言葉でしぼりこむ（例：PGSE37）");
    await filter.fill("pgse37");
    await expect(page.getByRole("link", { name: /^PGSE37：/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /^PGSE05：/ })).toBeHidden();
  });

  test("the company step offers the likely companies first, then the rest with a filter", async ({ page }) => {
    await page.goto("/diagnose/web/no-code/3ds-failed");
    await expect(page.getByRole("main").getByRole("listitem").first()).toHaveText("楽天カード");
    await page.getByLabel("カード会社の名前でしぼりこむ").fill("エポス");
    await expect(page.getByRole("link", { name: "エポスカード", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "楽天カード", exact: true })).toBeHidden();
  });

  test("the question count never promises a number that later shrinks", async ({ page }) => {
    await page.goto("/diagnose/au-pay");
    await expect(page.getByText(/^質問 2$/)).toBeVisible();
    await expect(page.getByText(/あと最大/)).toHaveCount(0);
  });
});

test.describe("cause pages", () => {
  test("/causes/threeds-not-enrolled: plain words, steps with the company choice, and every code that leads here", async ({ page }) => {
    const response = await page.goto("/causes/threeds-not-enrolled");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/本人認証サービス（3D セキュア）に登録されていない/);
    await expect(page.getByRole("heading", { name: "手順" })).toBeVisible();
    const seenAs = page.getByRole("region", { name: "同じ問題が、こう表示されることもあります" });
    await expect(seenAs.getByRole("link", { name: /PGSE37/ })).toHaveAttribute("href", "/codes/nanaco/pgse37");
    await page.locator("#issuer-choice").getByRole("link", { name: "楽天カード", exact: true }).click();
    await expect(page).toHaveURL(/\/causes\/threeds-not-enrolled\/rakuten#what-to-do$/);
    await expect(page.locator("#what-to-do .issuer-part").first()).toContainText("楽天カードの場合");
    // With a company chosen, the codes lead to that company's code pages.
    await expect(
      page.getByRole("region", { name: "同じ問題が、こう表示されることもあります" }).getByRole("link", { name: /PGSE37/ }),
    ).toHaveAttribute("href", "/codes/nanaco/pgse37/rakuten");
  });

  test("a code page links each cause to its page, and the sitemap lists cause pages", async ({ page, request }, info) => {
    await page.goto("/codes/nanaco/pgse37/seven-card");
    await expect(
      page.getByRole("link", { name: /「カードが本人認証サービス（3D セキュア）に登録されていない」のページを見る/ }),
    ).toHaveAttribute("href", "/causes/threeds-not-enrolled/seven-card");
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain("/causes/threeds-not-enrolled</loc>");
    // A server renders each company's cause page; in the export that address shows the cause's own page
    // (its canonical address), so only the cause's page is listed there.
    if (info.project.name.startsWith("export-")) expect(sitemap).not.toContain("/causes/threeds-not-enrolled/seven-card</loc>");
    else expect(sitemap).toContain("/causes/threeds-not-enrolled/seven-card</loc>");
  });

  test("an unknown cause answers 404", async ({ page }) => {
    expect((await page.goto("/causes/no-such-cause"))?.status()).toBe(404);
    expect((await page.goto("/causes/nanaco-charge-too-soon/rakuten"))?.status()).toBe(404);
  });

  test("/causes/threeds-not-enrolled/seven-card passes axe", async ({ page }) => {
    await page.goto("/causes/threeds-not-enrolled/seven-card");
    await expectNoAxeViolations(page);
  });
});

test.describe("words and paper", () => {
  test("the footer says this site never asks for a card number", async ({ page }) => {
    await page.goto("/");
    const footer = page.getByRole("contentinfo");
    await expect(footer).toContainText("このサイトが、カード番号・セキュリティコード・パスワードをお聞きすることはありません。");
    await expect(footer).not.toContainText("どこにも入力");
  });

  test("printed, a code page shows no buttons and no closed source list's stray 「出典」", async ({ page }) => {
    await page.goto("/codes/au-pay/er323/saison");
    await expect(page.getByRole("button", { name: "印刷する" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button")).toHaveCount(0);
    await expect(page.locator("details:not([open]) > summary").filter({ visible: true })).toHaveCount(0);
    await expect(page.locator("input").filter({ visible: true })).toHaveCount(0);
    // What matters on paper stays: the first action with Saison's own page.
    await expect(firstAction(page)).toBeVisible();
  });

  test("axe on pages with 「まず、これを」", async ({ page }) => {
    for (const path of ["/codes/nanaco/pgse37", "/codes/nanaco/pgse37/seven-card", "/codes/gmo-pg/42g300000"]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
  });
});
