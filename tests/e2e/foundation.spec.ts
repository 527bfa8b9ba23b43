import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";

test.describe("home", () => {
  test("lists services and their codes", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "nanaco", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "au PAY", exact: true })).toBeVisible();
    await page.getByRole("link", { name: /PGSE37/ }).click();
    await expect(page).toHaveURL(/\/codes\/nanaco\/pgse37$/);
  });

  test("passes axe", async ({ page }) => {
    await page.goto("/");
    await expectNoAxeViolations(page);
  });
});

test.describe("code pages", () => {
  test("nanaco PGSE37 explains the 3-D Secure cause", async ({ page }) => {
    const response = await page.goto("/codes/nanaco/pgse37");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("PGSE37");
    await expect(page.getByRole("heading", { name: /本人認証サービス（3D セキュア）に登録されていない/ })).toBeVisible();
    await expect(page).toHaveTitle(/PGSE37/);
  });

  test("au PAY ER323 lists the card-company causes", async ({ page }) => {
    const response = await page.goto("/codes/au-pay/er323");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("ER323");
    await expect(page.getByRole("heading", { name: /不正利用を疑って/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: /パスワードを何度も間違えて/ })).toBeVisible();
  });

  test("au PAY ER324 says its meaning is unpublished and still helps", async ({ page }) => {
    await page.goto("/codes/au-pay/er324");
    await expect(page.getByText("意味はわかっていません（公表された説明が見つかりません）").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: /確かめること/ })).toBeVisible();
  });

  test("passes axe", async ({ page }) => {
    await page.goto("/codes/au-pay/er323");
    await expectNoAxeViolations(page);
  });
});

test.describe("not found", () => {
  test("an unknown code answers 404", async ({ page }) => {
    const response = await page.goto("/codes/nanaco/nope");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("見つかりません");
  });

  test("passes axe", async ({ page }) => {
    await page.goto("/codes/nanaco/nope");
    await expectNoAxeViolations(page);
  });
});
