import { expect, test, type APIRequestContext, type Page, type TestInfo } from "@playwright/test";
import { englishOf } from "../../lib/catalog/load";
import { hasIssuerPage } from "../../lib/issuers/pages";
import { expectNoAxeViolations } from "./a11y";

// Export projects (static host, no server) are named "export-…" in playwright.config.ts.
const isExport = (info: TestInfo) => info.project.name.startsWith("export-");
// Playwright's text assertions skip <noscript>; its text is read from the element itself.
const noScriptNote = (page: Page) => page.locator("#issuer-choice > noscript").evaluate((el) => el.textContent ?? "");

test.describe("code page", () => {
  test("answers first: code, meaning and 「まず、これを」 above the fold", async ({ page }) => {
    const response = await page.goto("/codes/au-pay/er323");
    expect(response?.status()).toBe(200);
    const h1 = page.getByRole("heading", { level: 1 });
    await expect(h1).toContainText("ER323");
    await expect(h1).toBeInViewport();
    await expect(page.getByRole("heading", { name: "まず、これを" })).toBeInViewport();
    await expect(page.getByRole("link", { name: "質問に答えて原因をしぼりこむ" })).toHaveAttribute("href", /\/diagnose/);
  });

  test("with セゾンカード chosen (no JavaScript) shows Saison's 3-D Secure page", async ({ browser }, info) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: info.project.use.baseURL });
    const page = await context.newPage();
    await page.goto("/codes/au-pay/er323");
    await page.getByRole("link", { name: "セゾンカード", exact: true }).click();
    await expect(page).toHaveURL(/\/codes\/au-pay\/er323\/saison#answer$/);
    if (isExport(info)) {
      // The export has one page per code, and the browser fills the company in: without JavaScript the
      // page says so, keeps the general steps, and points to the company's own page.
      expect(await noScriptNote(page)).toContain("JavaScript が動かない");
      await expect(page.locator("#answer .steps > li").first()).toBeVisible();
    } else {
      await expect(page.locator('a[href="https://www.saisoncard.co.jp/service/3d-secure/"]').first()).toBeVisible();
    }
    await context.close();
  });

  test("a company behind 「ほかのカード会社」 works without JavaScript too", async ({ browser }, info) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: info.project.use.baseURL });
    const page = await context.newPage();
    await page.goto("/codes/au-pay/er323");
    const more = page.locator("#issuer-choice details.issuer-more");
    await more.locator("summary").click();
    await more.getByRole("link", { name: "エポスカード", exact: true }).click();
    await expect(page).toHaveURL(/\/codes\/au-pay\/er323\/epos#answer$/);
    // In the export the company is filled in by the browser (see the test above).
    if (!isExport(info)) await expect(page.locator("#issuer-choice")).toContainText("エポスカードを選んでいます");
    else expect(await noScriptNote(page)).toContain("JavaScript が動かない");
    await context.close();
  });

  test("choosing セゾンカード opens 「まず、これを」 with Saison's first action; the choice can be changed or cleared", async ({
    page,
  }) => {
    await page.goto("/codes/au-pay/er323");
    await page.getByRole("link", { name: "セゾンカード", exact: true }).click();
    await expect(page).toHaveURL(/\/codes\/au-pay\/er323\/saison#answer$/);
    const first = page.locator("#answer .steps > li").first();
    await expect(first).toBeInViewport();
    await expect(first).toContainText("セゾンカードの場合");
    const section = page.locator("#issuer-choice");
    await expect(section.getByText("セゾンカードを選んでいます")).toBeVisible();
    await expect(section.locator('a[href="https://www.saisoncard.co.jp/service/3d-secure/"]')).toBeVisible();
    // The (folded) list marks the current choice, and one link clears it.
    await expect(section.locator('a[aria-current="page"]')).toHaveText("セゾンカード");
    await expect(section.locator('a[href="/codes/au-pay/er323#issuer-choice"]')).toHaveText("選ばずに見る");
  });

  test("a company fact two steps of one cause share is shown once; the later step stands alone", async ({ page }) => {
    // The fraud-stop cause asks for Saison's contact and its fraud route in two steps: each fact stands
    // once in the cause, an unknown one is said at most once, and no step points back to another.
    await page.goto("/codes/au-pay/er323/saison");
    const cause = page.getByRole("region", { name: /カード会社が不正利用を疑って止めている/ });
    const boxes = await cause.locator(".issuer-part").allInnerTexts();
    expect(boxes.length).toBeGreaterThan(0);
    expect(new Set(boxes).size).toBe(boxes.length);
    expect(await cause.getByText("まだ確かめられていません").count()).toBeLessThanOrEqual(1);
    await expect(cause).not.toContainText("上の手順のとおりです");
  });

  test("a nanaco code names the Seven Card rule in 「まず、これを」 and lists Seven Card first", async ({ page }) => {
    await page.goto("/codes/nanaco/pgse37");
    await expect(page.locator("#issuer-choice [data-filter-list] a").first()).toHaveText("セブンカード");
    await expect(page.locator("#answer .answer-rule")).toContainText("新しく登録できるのは、セブンカード・サービスのカードだけ");
    // Other services offer the common companies first, the rest behind 「ほかのカード会社」.
    await page.goto("/codes/au-pay/er323");
    await expect(page.locator("#issuer-choice [data-filter-list] a").first()).toHaveText("楽天カード");
    await expect(page.locator("#issuer-choice details.issuer-more [data-filter-list] a").first()).toHaveText("アプラス");
  });

  test("the stop diagram has a text alternative", async ({ page }) => {
    await page.goto("/codes/nanaco/pgse37");
    const figure = page.locator("figure.stop-diagram");
    await expect(figure).toBeVisible();
    await expect(figure.locator("figcaption")).not.toBeEmpty();
  });

  test("a wait turns into a date in Japan time once the registration time is given", async ({ browser }, info) => {
    // PGSE05: "4 days later, from 6:00", counted by nanaco in Japan time. The device is in New York on
    // purpose, and the 96 hours cross the US switch to summer time (8 March 2026): counted on the device's
    // clock they would end at 00:30 on the 10th and give the 10th; in Japan time they end at 23:30 on the
    // 9th, so the answer is the 9th at 6:00.
    const context = await browser.newContext({ timezoneId: "America/New_York", baseURL: info.project.use.baseURL });
    const page = await context.newPage();
    await page.goto("/codes/nanaco/pgse05");
    const input = page.locator('input[type="datetime-local"]').first();
    await input.fill("2026-03-05T23:30");
    // Each wait has its own input and status line; the first is the 4-day one.
    await expect(page.locator(".waits").first().getByRole("status").first()).toContainText(/2026年3月9日.*06:00.*日本時間/);
    await context.close();
  });

  test("on a host without rewrites, the code's page with ?card= opens with that company", async ({ page, request }, info) => {
    test.skip(!isExport(info), "a server renders each company's page itself; ?card= is how the export's plain files name it");
    // The plain file, as a host that only serves files would: the company comes from the query.
    await page.goto("/codes/au-pay/er323.html?card=saison#answer");
    await expect(page.locator("#answer .steps > li").first()).toContainText("セゾンカードの場合");
    await expect(page.locator("#issuer-choice")).toContainText("セゾンカードを選んでいます");
    // The list of company addresses is for nginx, not for readers.
    expect((await request.get("/_company-pages.map")).status()).toBe(404);
  });

  test("the companies' parts pages are never indexed, and an unknown company's is a 404", async ({ page }) => {
    await page.goto("/company-parts/saison");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    expect((await page.goto("/company-parts/no-such-company"))?.status()).toBe(404);
  });

  test("carries title, canonical, OpenGraph and JSON-LD", async ({ page }, info) => {
    await page.goto("/codes/au-pay/er323/saison");
    await expect(page).toHaveTitle(/ER323（セゾンカードの場合）/);
    // In the export the company's address shows the code's own page, which is the canonical one.
    const canonical = isExport(info) ? /\/codes\/au-pay\/er323$/ : /\/codes\/au-pay\/er323\/saison$/;
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", canonical);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /ER323/);
    const ld = await page.locator('script[type="application/ld+json"]').first().textContent();
    expect(JSON.parse(ld ?? "{}")["@context"]).toBe("https://schema.org");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  });
});

test.describe("forgiving URLs and not found", () => {
  test("/codes/AU-PAY/ER323 reaches the canonical page (server mode)", async ({ page }, info) => {
    test.skip(isExport(info), "redirects need a server; the export's 404 page offers the match instead (next test)");
    for (const path of ["/codes/AU-PAY/ER323", "/codes/au-pay/ER323", "/codes/AU-PAY/er323"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page).toHaveURL(/\/codes\/au-pay\/er323$/);
    }
  });

  test("/codes/AU-PAY/ER323 offers the canonical page on the 404 page (export)", async ({ page }, info) => {
    test.skip(!isExport(info), "in server mode the proxy redirects before any 404");
    const response = await page.goto("/codes/AU-PAY/ER323");
    expect(response?.status()).toBe(404);
    const link = page.getByRole("link", { name: /ER323/ }).first();
    await expect(link).toHaveAttribute("href", "/codes/au-pay/er323");
    await link.click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("ER323");
  });

  test("a code that moved to the card networks keeps its old address", async ({ page }, info) => {
    if (isExport(info)) {
      // A static host has no redirects: its 404 page names the code's new page.
      expect((await page.goto("/codes/gmo-pg/g44"))?.status()).toBe(404);
      const link = page.getByRole("link", { name: /G44/ }).first();
      await expect(link).toHaveAttribute("href", "/codes/card-network/g44");
      await link.click();
    } else {
      const response = await page.request.get("/codes/gmo-pg/g44", { maxRedirects: 0 });
      expect(response.status()).toBe(308);
      expect(response.headers().location).toBe("/codes/card-network/g44");
      expect((await page.goto("/codes/gmo-pg/g54/rakuten"))?.status()).toBe(200);
      await expect(page).toHaveURL(/\/codes\/card-network\/g54\/rakuten$/);
      await page.goto("/codes/gmo-pg/g44");
    }
    await expect(page).toHaveURL(/\/codes\/card-network\/g44$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("G44");
  });

  test("/codes/nanaco/pgse99 answers 404 and suggests PGSE37, search and the wizard", async ({ page }) => {
    const response = await page.goto("/codes/nanaco/pgse99");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("link", { name: /PGSE37/ }).first()).toHaveAttribute("href", "/codes/nanaco/pgse37");
    await expect(page.locator('main a[href^="/search"]').first()).toBeVisible();
    await expect(page.locator('main a[href^="/diagnose"]').first()).toBeVisible();
  });
});

test.describe("the old ?issuer= query (server mode)", () => {
  test.beforeEach(({}, info) => {
    test.skip(isExport(info), "the query becomes a path in the proxy; a static host has none");
  });

  /** The proxy's answer without following it: status and the redirect target's path and query. */
  async function redirectOf(request: APIRequestContext, baseURL: string | undefined, path: string) {
    const response = await request.get(path, { maxRedirects: 0 });
    const location = response.headers()["location"];
    const target = location === undefined ? undefined : new URL(location, baseURL);
    expect(target === undefined || target.origin === new URL(baseURL ?? "").origin, `${location}`).toBe(true);
    return { status: response.status(), target: target && `${target.pathname}${target.search}` };
  }

  test("goes to the card company's page when that page exists", async ({ page, request, baseURL }) => {
    expect(hasIssuerPage("au-pay", "er323", "saison")).toBe(true);
    for (const path of ["/codes/au-pay/er323?issuer=saison", "/codes/au-pay/er323?issuer=SAISON", "/codes/AU-PAY/ER323?issuer=saison"]) {
      expect(await redirectOf(request, baseURL, path), path).toEqual({ status: 308, target: "/codes/au-pay/er323/saison" });
    }
    // Other query parameters survive; only issuer is consumed.
    expect(await redirectOf(request, baseURL, "/codes/au-pay/er323?issuer=saison&utm_source=mail")).toEqual({
      status: 308,
      target: "/codes/au-pay/er323/saison?utm_source=mail",
    });
    const response = await page.goto("/codes/au-pay/er323?issuer=saison");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/codes\/au-pay\/er323\/saison$/);
    await expect(page.locator('a[href="https://www.saisoncard.co.jp/service/3d-secure/"]').first()).toBeVisible();
  });

  test("goes to the plain code page when the code has no page for that card company", async ({ page, request, baseURL }) => {
    // nanaco PGSE35's steps never use the card company's part, so no child pages are prerendered for it.
    expect(hasIssuerPage("nanaco", "pgse35", "saison")).toBe(false);
    expect(await redirectOf(request, baseURL, "/codes/nanaco/pgse35?issuer=saison")).toEqual({
      status: 308,
      target: "/codes/nanaco/pgse35",
    });
    const response = await page.goto("/codes/nanaco/pgse35?issuer=saison");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/codes\/nanaco\/pgse35$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("PGSE35");
  });

  const hostile = [
    "no-such-issuer",
    "",
    "<script>alert(1)</script>",
    "../../package.json",
    "saison/../../x",
    "saison%2F..",
    "%E3%81",
    "%00",
    "a".repeat(3_000),
  ];
  for (const value of hostile) {
    test(`goes to the plain code page for issuer=${value.slice(0, 30)}${value.length > 30 ? "…" : ""}`, async ({ request, baseURL }) => {
      const path = `/codes/au-pay/er323?issuer=${value.includes("%") ? value : encodeURIComponent(value)}`;
      const { status, target } = await redirectOf(request, baseURL, path);
      if (value === "") {
        // An empty ?issuer= names nothing, so the proxy does not run for it: the plain page answers as it is.
        expect(status).toBe(200);
      } else {
        expect(status).toBe(308);
        expect(target).toBe("/codes/au-pay/er323");
      }
      const page = await request.get(path);
      expect(page.status()).toBe(200);
      const html = await page.text();
      expect(html).not.toContain("<script>alert(1)");
      if (value.length > 3) expect(html).not.toContain(value);
    });
  }
});

test.describe("an unknown card-company child page", () => {
  test("answers 404 and offers the code page", async ({ page }) => {
    const response = await page.goto("/codes/au-pay/er323/no-such-issuer");
    expect(response?.status()).toBe(404);
    const link = page.locator('main a[href="/codes/au-pay/er323"]').first();
    await expect(link).toBeVisible();
    await expect(link).toContainText("ER323");
    await link.click();
    await expect(page).toHaveURL(/\/codes\/au-pay\/er323$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("ER323");
  });

  test("for a code without card-company pages, offers the code page", async ({ page }) => {
    expect(hasIssuerPage("nanaco", "pgse35", "saison")).toBe(false);
    const response = await page.goto("/codes/nanaco/pgse35/saison");
    expect(response?.status()).toBe(404);
    await expect(page.locator('main a[href="/codes/nanaco/pgse35"]').first()).toBeVisible();
  });

  test("/codes/AU-PAY/ER323/SAISON offers Saison's page on the 404 page (export)", async ({ page }, info) => {
    test.skip(!isExport(info), "in server mode the proxy redirects before any 404");
    const response = await page.goto("/codes/AU-PAY/ER323/SAISON");
    expect(response?.status()).toBe(404);
    await expect(page.locator('main a[href="/codes/au-pay/er323/saison"]').first()).toBeVisible();
  });
});

test.describe("card company and service pages", () => {
  test("/issuers/saison shows its 3-D Secure page and the codes where it matters", async ({ page }) => {
    const response = await page.goto("/issuers/saison");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("セゾンカード");
    await expect(page.locator('a[href="https://www.saisoncard.co.jp/service/3d-secure/"]').first()).toBeVisible();
    await expect(page.locator('a[href^="/codes/"]').first()).toBeVisible();
  });

  test("/services/nanaco lists its codes with meanings", async ({ page }) => {
    const response = await page.goto("/services/nanaco");
    expect(response?.status()).toBe(200);
    await page
      .getByRole("link", { name: /PGSE37/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/codes\/nanaco\/pgse37$/);
  });
});

test.describe("data for others", () => {
  test("codes.json, one code's JSON and the schema are served as JSON, in Japanese with English beside it", async ({ request }) => {
    const list = await request.get("/api/v1/codes.json");
    expect(list.status()).toBe(200);
    expect(list.headers()["content-type"]).toContain("application/json");
    const body = (await list.json()) as {
      languages: string[];
      codes: { service: string; slug: string; title: string; en: { title: string } }[];
    };
    expect(body.languages).toEqual(["ja", "en"]);
    const pgse37 = body.codes.find((c) => c.service === "nanaco" && c.slug === "pgse37");
    // The Japanese title as before, its English beside it (the text of data/en/codes/nanaco.json).
    expect(pgse37?.title).toMatch(/[ぁ-んァ-ン一-龯]/);
    expect(pgse37?.en.title).toBe(englishOf("code", "nanaco/pgse37").title);
    expect(pgse37?.en.title).toContain("3-D Secure");
    const one = await request.get("/api/v1/codes/au-pay/er323.json");
    expect(one.status()).toBe(200);
    const detail = (await one.json()) as { code: string; en: { title: string }; causes: { en: { steps: unknown[] } }[] };
    expect(detail.code).toBe("ER323");
    expect(detail.en.title).toBe(englishOf("code", "au-pay/er323").title);
    expect(detail.causes[0]?.en.steps.length).toBeGreaterThan(0);
    const schema = await request.get("/api/v1/schema/api-codes.schema.json");
    expect(schema.status()).toBe(200);
    expect(JSON.stringify(await schema.json())).toContain('"en"');
    for (const path of ["/sitemap.xml", "/robots.txt"]) expect((await request.get(path)).status()).toBe(200);
  });
});

test.describe("card-company pages list codes by service", () => {
  test("the codes that need a fix come first; 3-D Secure's confidence levels sit apart", async ({ page }) => {
    await page.goto("/issuers/rakuten");
    const codes = page.locator('section[aria-labelledby="codes"]');
    await expect(codes.getByRole("heading", { level: 3, name: "au PAY" })).toBeVisible();
    const confidence = codes.locator('a[href="/codes/emv-3ds/reason-15/rakuten"]');
    await expect(confidence).toHaveCount(1);
    await expect(confidence).toBeHidden();
    await expect(codes.locator('details a[href="/codes/emv-3ds/reason-15/rakuten"]')).toHaveCount(1);
    await expect(codes.locator('a[href="/codes/au-pay/er323/rakuten"]')).toBeVisible();
  });
});

test.describe("brand pages", () => {
  test("name the programme now and before, and link the brand's own page and its card companies", async ({ page }) => {
    const response = await page.goto("/brands/visa");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Visa Secure");
    await expect(page.locator("main")).toContainText("Verified by Visa");
    await expect(page.locator('main a[href^="https://www.visa.co.jp/"]').first()).toBeVisible();
    await page.getByRole("link", { name: "PayPay 銀行 Visa デビット" }).click();
    await expect(page).toHaveURL(/\/issuers\/paypay-bank$/);
    await expect(page.getByRole("link", { name: /Visa（Visa Secure）/ })).toHaveAttribute("href", "/brands/visa");
  });

  test("an unknown brand is a 404", async ({ page }) => {
    expect((await page.goto("/brands/no-such-brand"))?.status()).toBe(404);
  });
});

// A sweep, run in one project (@sweep, playwright.config.ts: 390 px). Home, a code page, the 404 page and search pass
// axe in every project too (foundation.spec.ts, search.spec.ts).
test.describe("axe on every page type", { tag: "@sweep" }, () => {
  for (const path of [
    "/codes/au-pay/er323",
    "/codes/au-pay/er323/saison",
    "/codes/au-pay/er324",
    "/issuers",
    "/issuers/saison",
    "/services",
    "/services/au-pay",
    "/codes/nanaco/pgse99",
    "/brands",
    "/brands/visa",
    "/brands/mastercard",
    "/brands/jcb",
    "/brands/amex",
    "/brands/diners",
    "/causes",
    "/causes/threeds-not-enrolled",
    "/causes/issuer-fraud-hold/rakuten",
  ]) {
    test(`axe ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
});
