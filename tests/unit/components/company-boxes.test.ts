import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CodePage } from "@/components/code/code-page";
import { getCatalog, getCode, getIssuer, listCodes } from "@/lib/catalog";
import { codeIssuerParams } from "@/lib/views/code";
import { codeHref } from "@/lib/web/links";
import { companyBoxes, repeatedInBox } from "../support/company-boxes";

/** Every prerendered code page: each code alone, and each code with each card company chosen. */
function everyCodePage() {
  return [
    ...listCodes().map((code) => ({ path: codeHref(code.service, code.slug), code, issuer: undefined })),
    ...codeIssuerParams().map((p) => ({ path: codeHref(p.service, p.code, p.issuer), code: getCode(p.service, p.code)!, issuer: getIssuer(p.issuer)! })),
  ];
}

describe("the reader of a company box", () => {
  it("finds nested boxes whole and the sentences said twice", () => {
    const html =
      '<li><div class="issuer-part" data-company-box=""><strong>A の場合：</strong><div class="fact">確かめられていません。お電話ください。</div>' +
      '<small class="source-note">出典：同じ資料です。</small><div>確かめられていません。</div></div></li><div data-company-box=""><p>ほかの箱の文です。</p></div>';
    const boxes = companyBoxes(html);
    expect(boxes).toHaveLength(2);
    expect(repeatedInBox(boxes[0]!)).toEqual(["確かめられていません。"]);
    expect(repeatedInBox(boxes[1]!)).toEqual([]);
  });
});

/**
 * Working notes meant for editors: the data's editor notes, and the two the first review found on pages
 * (they must not come back in any other field either).
 */
function editorNotes(): string[] {
  const { sources, services } = getCatalog();
  return [
    "先に並べています",
    "保存された写しの冒頭だけを確かめました",
    ...sources.flatMap((s) => (s.editorNote ? [s.editorNote] : [])),
    ...services.flatMap((s) => (s.featuredIssuers?.editorNote ? [s.featuredIssuers.editorNote] : [])),
  ];
}

describe("company boxes on every prerendered code page", () => {
  it("never repeat a sentence, a cause never shows the same box twice, and no editor's note shows", { timeout: 300_000 }, () => {
    const pages = everyCodePage();
    const notes = editorNotes();
    let boxes = 0;
    const problems: string[] = [];
    for (const { path, code, issuer } of pages) {
      const html = renderToStaticMarkup(createElement(CodePage, { code, issuer }));
      for (const note of notes) if (html.includes(note)) problems.push(`${path}: editor's note 「${note}」`);
      const found = companyBoxes(html);
      boxes += found.length;
      for (const box of found) for (const s of repeatedInBox(box)) problems.push(`${path}: 「${s}」`);
      // Within one cause, a company fact stands once: a later step needing it stands alone.
      for (const section of html.split('<section aria-labelledby="cause-').slice(1)) {
        const inCause = companyBoxes(section.split("</section>")[0] ?? "");
        if (new Set(inCause).size !== inCause.length) problems.push(`${path}: a box repeated in cause ${section.slice(0, 40)}`);
      }
    }
    expect(problems).toEqual([]);
    // The sweep saw the pages with a company chosen: their steps and the chosen company's facts are boxes.
    expect(boxes).toBeGreaterThan(pages.length);
  });
});
