import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import CompanyPartsRoute from "@/app/(ja)/company-parts/[issuer]/page";
import { filledSlot } from "@/components/cause/company-slot";
import { StepList } from "@/components/cause/step-list";
import { FILL_CHOSEN, FILL_NAME, fillSourcesName, fillTemplateName } from "@/components/issuer/fill-marks";
import { listCauses, listIssuers } from "@/lib/catalog";
import { ISSUER_PARTS } from "@/lib/catalog/schema/cause";

// The static export's pages hold markers; each company's templates page fills them in the browser
// (components/issuer/company-fill.tsx). A marker without its template would leave a step without the
// company's part, silently: these tests tie the two.

async function templateNames(issuer: string): Promise<string[]> {
  const html = renderToStaticMarkup(await CompanyPartsRoute({ params: Promise.resolve({ issuer }) }));
  return [...html.matchAll(/data-cf-t="([^"]+)"/g)].map((m) => m[1] ?? "");
}

describe("a card company's templates page", () => {
  it("holds every template a page may ask for, for every company", async () => {
    const want = [
      ...ISSUER_PARTS.flatMap((p) => [fillTemplateName(p, true), fillTemplateName(p, false), fillSourcesName(p)]),
      FILL_NAME,
      FILL_CHOSEN,
    ].sort();
    for (const issuer of listIssuers()) expect((await templateNames(issuer.id)).sort()).toEqual(want);
  });

  it("keys each part as the server's plan does, so an unknown fact's fallback stands once", async () => {
    const html = renderToStaticMarkup(await CompanyPartsRoute({ params: Promise.resolve({ issuer: "saison" }) }));
    const keys = [...html.matchAll(/data-cf-t="part:([^:]+):cite" data-cf-key="([^"]+)"/g)].map((m) => m[2]);
    expect(keys).toHaveLength(ISSUER_PARTS.length);
  });
});

describe("a filled list of steps", () => {
  const cause = listCauses().find((c) => c.steps.filter((s) => s.issuerPart).length >= 2);

  it("marks each company box with a template name the templates page has, inside one group", async () => {
    expect(cause).toBeDefined();
    const html = renderToStaticMarkup(createElement(StepList, { steps: cause!.steps, company: filledSlot(), pickHref: "#issuer-choice" }));
    expect(html).toContain("data-cf-group");
    const asked = [...html.matchAll(/data-cf-part="([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(asked).toHaveLength(cause!.steps.filter((s) => s.issuerPart).length);
    const names = await templateNames("rakuten");
    for (const name of asked) expect(names).toContain(name);
    // Before the browser fills it, the page reads as with no company chosen: the hint, once.
    expect(html.split("#issuer-choice").length - 1).toBe(1);
  });
});
