import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DiagnosisView } from "@/components/wizard/diagnosis-view";
import { getWizardData, listIssuers } from "@/lib/catalog";
import { type DiagnosisScreen, walkPaths } from "@/lib/wizard";

describe("every diagnosis renders", () => {
  it("with numbered steps for each cause, and the chosen company's parts (a sample of every 10th)", () => {
    const data = getWizardData();
    let rendered = 0;
    let seen = 0;
    for (const { path, screen } of walkPaths(data)) {
      if (screen.kind !== "diagnosis") continue;
      // A spread sample (every 10th), so the test stays fast on a busy machine; wizard-engine.test.ts checks
      // every diagnosis's causes and steps as data. Every 10th rendered one also carries all companies' versions.
      if (seen++ % 10 !== 0) continue;
      const d = screen as DiagnosisScreen;
      const withIssuers = d.issuerAsked && rendered % 10 === 0;
      const html = renderToStaticMarkup(createElement(DiagnosisView, { screen: d, issuers: withIssuers ? listIssuers() : null }));
      if (withIssuers) expect(html, `/${path.join("/")}`).toContain("wz-ip-saison");
      const steps = html.match(/<ol[^>]*>(.*?)<\/ol>/gs) ?? [];
      expect(steps.length, `/${path.join("/")}`).toBe(d.candidates.length);
      for (const ol of steps) expect(ol, `/${path.join("/")}`).toMatch(/<li>[^<]+/);
      rendered++;
    }
    expect(rendered).toBeGreaterThan(25);
  });
});
