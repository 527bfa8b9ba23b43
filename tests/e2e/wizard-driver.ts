import { expect, type Page } from "@playwright/test";
import { UI_BY_LOCALE } from "../../lib/ui-text/locales";
import type { Locale } from "../../lib/locale";

/** Where each language's wizard starts: its home page, and the first question's words. */
const START: Record<Locale, { home: string; firstQuestion: RegExp }> = {
  ja: { home: "/", firstQuestion: /どこで支払い/ },
  en: { home: "/en", firstQuestion: /Where did the payment/ },
};

/** Drives the wizard as a person would: in from the header link, reads the question, clicks an answer link. */
export class Wizard {
  constructor(
    private readonly page: Page,
    private readonly locale: Locale = "ja",
  ) {}

  async start() {
    const { home, firstQuestion } = START[this.locale];
    await this.page.goto(home);
    await this.page.getByRole("banner").getByRole("link", { name: UI_BY_LOCALE[this.locale].wizard.entry }).click();
    await this.expectQuestion(firstQuestion);
  }

  async expectQuestion(text: RegExp) {
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(text);
  }

  /** Clicks an answer and waits for the next question (axe and reload are checked per step in wizard.spec.ts). */
  async answer(name: string | RegExp, next: RegExp) {
    const before = this.page.url();
    await this.page.getByRole("link", { name }).first().click();
    await expect(this.page).not.toHaveURL(before);
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(next);
  }

  causeHeadings() {
    return this.page.getByRole("heading", { level: 2, name: /^\d+\. / });
  }
}
