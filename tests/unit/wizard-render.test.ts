import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DiagnosisView } from "@/components/wizard/diagnosis-view";
import { getWizardData, listIssuers } from "@/lib/catalog";
import { type DiagnosisScreen, walkPaths } from "@/lib/wizard/engine";

describe("every diagnosis renders", () => {
  it("with numbered steps for each cause, and the chosen company's parts", () => {
    const data = getWizardData();
    let rendered = 0;
    for (const { path, screen } of walkPaths(data)) {
      if (screen.kind !== "diagnosis") continue;
      const d = screen as DiagnosisScreen;
      const html = renderToStaticMarkup(createElement(DiagnosisView, { screen: d, issuers: d.issuerAsked ? listIssuers() : null }));
      const steps = html.match(/<ol[^>]*>(.*?)<\/ol>/gs) ?? [];
      expect(steps.length, `/${path.join("/")}`).toBe(d.candidates.length);
      for (const ol of steps) expect(ol, `/${path.join("/")}`).toMatch(/<li>[^<]+/);
      rendered++;
    }
    expect(rendered).toBeGreaterThan(100);
  });
});
