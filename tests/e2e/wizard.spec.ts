import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { Wizard } from "./wizard-driver";
import { getIssuer } from "../../lib/catalog/load";
import { UI_BY_LOCALE } from "../../lib/ui-text/locales";

/** `filled`: the chosen company's parts show (with JavaScript; or in server mode, where the page holds them). */
async function nanacoStory(page: Page, filled = true) {
  const w = new Wizard(page);
  await w.start();
  await w.answer(/^nanaco/, /コードはどれですか/);
  await w.answer(/^PGSE37：/, /本人認証サービス（3D セキュア）に登録してありますか/);
  await expect(page.getByText(/質問 3/)).toBeVisible();
  await w.answer("登録していない", /カードの会社はどこですか/);
  await expect(page.getByText("これが最後の質問です")).toBeVisible();
  // nanaco takes only Seven Card for new registrations: it comes first, and the hint says why.
  await expect(page.getByRole("main").getByRole("listitem").first()).toHaveText(/^セブンカード/);
  await expect(page.getByText(/新しく登録できるのは、セブンカード・サービスのカードだけ/)).toBeVisible();
  await w.answer("セブンカード", /診断の結果/);
  await expect(page).toHaveURL(/\/diagnose\/nanaco\/pgse37\/no\/result\?card=seven-card#card-seven-card$/);
  await expect(w.causeHeadings().first()).toHaveText(/1\. カードが本人認証サービス（3D セキュア）に登録されていない/);
  await expect(page.getByText("答えからは、この原因の可能性がとても高いです。")).toBeVisible();
  await expect(page.getByText("登録が済んだら、もう一度チャージやカード登録をお試しください。")).toBeVisible();
  if (!filled) {
    // The export without JavaScript: the general steps, and no company named wrongly.
    await expect(page.getByText("お選びのカード会社").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "このコードの詳しい説明を見る" }).first()).toHaveAttribute(
      "href",
      /\/codes\/nanaco\/pgse37/,
    );
    return;
  }
  // Enrol at the card company (Seven Card's own page and password name), then retry.
  await expect(page.getByRole("link", { name: "www.7card.co.jp" }).first()).toBeVisible();
  await expect(page.getByText(/判定状況確認用キーワード/).first()).toBeVisible();
  // Only the chosen company's parts show.
  await expect(page.getByRole("link", { name: "www.saisoncard.co.jp" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "www.saisoncard.co.jp" }).first()).toBeHidden();
  // The code page is one click away.
  await expect(page.getByRole("link", { name: "このコードの詳しい説明を見る" }).first()).toHaveAttribute("href", /\/codes\/nanaco\/pgse37/);
}

test.describe("diagnosis wizard stories", () => {
  test("nanaco PGSE37, card not enrolled in 3-D Secure: enrol at the card company, then retry", async ({ page }) => {
    await nanacoStory(page);
  });

  test("au PAY ER323 after wrong 3-D Secure passwords (Saison): ask Saison to lift the lock", async ({ page }) => {
    const w = new Wizard(page);
    await w.start();
    await w.answer(/^au PAY/, /コードはどれですか/);
    await w.answer(/^ER323：/, /何度か続けて間違えましたか/);
    await w.answer("はい、何度か間違えた", /カードの会社はどこですか/);
    await w.answer("セゾンカード", /診断の結果/);
    await expect(w.causeHeadings().first()).toHaveText(/パスワードを何度も間違えて、カード会社が止めている/);
    await expect(page.getByText(/セゾンのインフォメーションセンターに電話して解除/).first()).toBeVisible();
    await expect(page.getByText(/いま使っているカードのパスワードかを確かめます/).first()).toBeVisible();
    // The summary names the chosen company (the other companies' versions stay hidden).
    const summary = page.locator("p", { hasText: "カード会社：" });
    await expect(summary.getByText("セゾンカード", { exact: true }).filter({ visible: true })).toHaveCount(1);
    await expect(summary.getByText("エポスカード", { exact: true }).filter({ visible: true })).toHaveCount(0);
  });

  test("au PAY ER323, password right, fraud suspicion: call the card company, stop the card on unknown charges", async ({ page }) => {
    const w = new Wizard(page);
    await w.start();
    await w.answer(/^au PAY/, /コードはどれですか/);
    await w.answer(/^ER323：/, /何度か続けて間違えましたか/);
    await w.answer("いいえ、間違えていない", /当てはまるものはありますか/);
    await w.answer(/短い時間に何度も払った/, /カードの会社はどこですか/);
    await w.answer("そのほか・わからない", /診断の結果/);
    await expect(page).toHaveURL(/\/diagnose\/au-pay\/er323\/no\/many-or-large\/result$/);
    await expect(w.causeHeadings().first()).toHaveText(/不正利用を疑って止めている/);
    await expect(page.getByText(/カードの裏面に書かれている電話番号か、カード会社のチャットでお問い合わせください/)).toBeVisible();
    await expect(page.getByText(/覚えのない利用が見つかったら、すぐにカードを止めてもらい/)).toBeVisible();
    await expect(page.getByText("問い合わせ先：カードの裏面に書かれている電話番号").first()).toBeVisible();
    // The lock is listed last: the answers spoke against it.
    await expect(w.causeHeadings().last()).toHaveText(/パスワードを何度も間違えて/);
  });

  test("a web application form's 3-D Secure 2.0 failure: another 3-D Secure 2.0 card or convenience store", async ({ page }) => {
    const w = new Wizard(page);
    await w.start();
    await w.answer(/^ネットのお店・申し込みフォーム/, /コードは出ていますか/);
    await w.answer("コードは出ていない", /どのように出ましたか/);
    await w.answer("本人認証（3D セキュア）ができなかった・失敗した", /カードの会社はどこですか/);
    await w.answer("三井住友カード", /診断の結果/);
    await expect(w.causeHeadings().first()).toHaveText(/本人認証（3D セキュア 2.0）が通らなかった/);
    await expect(page.getByText(/3D セキュア 2.0 に対応した別のカードで支払うか、コンビニ払い/)).toBeVisible();
    await expect(page.getByText(/コンビニ払いに決めると、あとからカード払いに戻せない/)).toBeVisible();
    await expect(page.getByText(/Vpass に登録したメールアドレス/).first()).toBeVisible();
  });
});

/** Every step of the four stories (and the exits): each passes axe and reloads to the same screen. */
const STORY_STEPS = [
  "/diagnose",
  "/diagnose/nanaco",
  "/diagnose/nanaco/pgse37",
  "/diagnose/nanaco/pgse37/no",
  "/diagnose/nanaco/pgse37/no/result?card=seven-card#card-seven-card",
  "/diagnose/au-pay",
  "/diagnose/au-pay/er323",
  "/diagnose/au-pay/er323/yes",
  "/diagnose/au-pay/er323/yes/result?card=saison#card-saison",
  "/diagnose/au-pay/er323/no",
  "/diagnose/au-pay/er323/no/many-or-large",
  "/diagnose/au-pay/er323/no/many-or-large/result",
  "/diagnose/web",
  "/diagnose/web/no-code",
  "/diagnose/web/no-code/3ds-failed",
  "/diagnose/web/no-code/3ds-failed/result?card=smbc#card-smbc",
  "/diagnose/app",
  "/diagnose/other",
  "/diagnose/other/none/result",
];

// axe and a reload on every step: a sweep, run in one project (@sweep, playwright.config.ts); the stories
// above walk the same steps in every project, the export's files included.
test.describe("every story step", { tag: "@sweep" }, () => {
  for (const url of STORY_STEPS) {
    test(`${url} passes axe and reloads to the same screen`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      // With a company in the address, its parts are on the screen first (the export fills them in after
      // the page has loaded).
      const card = new URL(url, "http://x").searchParams.get("card");
      const companyShown = async () => {
        const name = card ? getIssuer(card)?.names.ja : undefined;
        if (name)
          await expect(
            page
              .locator("main .issuer-part")
              .filter({ visible: true })
              .filter({ hasText: `${name}の場合` })
              .first(),
          ).toBeVisible();
      };
      await companyShown();
      const heading = await page.getByRole("heading", { level: 1 }).innerText();
      const main = await page.getByRole("main").innerText();
      await expectNoAxeViolations(page);
      await page.reload();
      expect(page.url().endsWith(url), page.url()).toBe(true);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await companyShown();
      expect(await page.getByRole("main").innerText()).toBe(main);
    });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the nanaco PGSE37 story works with plain links", async ({ page }, info) => {
    // The export's result page is one file for every company, filled in by the browser.
    await nanacoStory(page, !info.project.name.startsWith("export-"));
  });
});

test.describe("moving around the wizard", () => {
  test("back returns to the previous step, forward comes back", async ({ page }) => {
    const w = new Wizard(page);
    await w.start();
    await w.answer(/^au PAY/, /コードはどれですか/);
    await w.answer(/^ER323：/, /何度か続けて間違えましたか/);
    await w.answer("はい、何度か間違えた", /カードの会社はどこですか/);
    await w.answer("セゾンカード", /診断の結果/);
    await page.goBack();
    await w.expectQuestion(/カードの会社はどこですか/);
    await page.goBack();
    await w.expectQuestion(/何度か続けて間違えましたか/);
    await page.goForward();
    await w.expectQuestion(/カードの会社はどこですか/);
    await page.getByRole("link", { name: "戻る" }).click();
    await w.expectQuestion(/何度か続けて間違えましたか/);
  });

  test("an earlier answer can be changed, and the wizard restarted", async ({ page }) => {
    await page.goto("/diagnose/au-pay/er323/yes/result#card-saison");
    const answers = page.getByRole("region", { name: "これまでの答え" });
    await expect(answers.getByText("ER323：", { exact: false })).toBeVisible();
    await expect(answers.getByText("セゾンカード", { exact: true }).filter({ visible: true })).toHaveCount(1);
    await answers.getByRole("link", { name: /^変更\s*（画面の表示）$/ }).click();
    await expect(page).toHaveURL(/\/diagnose\/au-pay$/);
    await page.getByRole("link", { name: /^ER321：/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/カードの会社はどこですか/);
    await page.getByRole("link", { name: "最初から" }).click();
    await expect(page).toHaveURL(/\/diagnose$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/どこで支払い/);
  });

  test("a code page's link starts with that code chosen", async ({ page }) => {
    await page.goto("/codes/au-pay/er323");
    await page.getByRole("link", { name: UI_BY_LOCALE.ja.code.actions.diagnose }).click();
    // Straight to the answers that choose the code, not via the code/{service}/{slug} alias.
    await expect(page).toHaveURL(/\/diagnose\/au-pay\/er323$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/何度か続けて間違えましたか/);
    // The alias still opens the same screen (links from elsewhere; the export's small file sends the browser on).
    const response = await page.goto("/diagnose/code/au-pay/er323");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/何度か続けて間違えましたか/);
    await expect(page.getByRole("region", { name: "これまでの答え" }).getByText(/ER323/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("「どれにも当てはまらない」 leads to the general checks", async ({ page }) => {
    const w = new Wizard(page);
    await w.start();
    await w.answer("そのほか・わからない", /どんなことが起きましたか/);
    await w.answer("どれにも当てはまらない・わからない", /カードの会社はどこですか/);
    await w.answer("そのほか・わからない", /診断の結果/);
    await expect(page.getByText("原因ははっきりしません。まず一般的な確認から始めてください。")).toBeVisible();
    await expect(w.causeHeadings().first()).toHaveText(/原因がはっきりしないときに確かめること/);
  });

  for (const path of [
    "/diagnose/nowhere",
    "/diagnose/nanaco/er323",
    "/diagnose/au-pay/er323/yes/saison",
    "/diagnose/au-pay/er323/yes/result/more",
    "/diagnose/%E0%A4%A",
  ]) {
    test(`a tampered URL ${path} answers 404, never 500`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("見つかりません");
      await page.getByRole("link", { name: "質問に答えて原因をしぼりこむ" }).click();
      await expect(page).toHaveURL(/\/diagnose$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/どこで支払い/);
    });
  }
});
