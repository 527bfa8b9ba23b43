import type { MetadataRoute } from "next";
import { listBrands, listCauses, listCodes, listIssuers, listServices } from "@/lib/catalog";
import { causeIssuerParams, codeIssuerParams } from "@/lib/views/code";
import { FILL_IN_BROWSER } from "@/lib/views/build-mode";
import { inLocalePath } from "@/lib/locale";
import {
  brandHref,
  brandsHref,
  causeHref,
  causesHref,
  codeHref,
  homeHref,
  issuerHref,
  issuersHref,
  serviceHref,
  servicesHref,
} from "@/lib/web/links";
import { absoluteUrl } from "@/lib/web/site";

export const dynamic = "force-static";

/**
 * Every help page, including each code and each cause with each card company chosen where a server
 * renders those; in the static export a company's address shows the code's own page (its canonical
 * address), so only that is listed. Each page is listed in Japanese and in English, with the other
 * language as its alternate.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const variants = !FILL_IN_BROWSER;
  const paths = [
    homeHref(),
    servicesHref(),
    issuersHref(),
    brandsHref(),
    ...listBrands().map((b) => brandHref(b.id)),
    ...listServices().map((s) => serviceHref(s.id)),
    ...listIssuers().map((i) => issuerHref(i.id)),
    ...listCodes().map((c) => codeHref(c.service, c.slug)),
    ...(variants ? codeIssuerParams().map((p) => codeHref(p.service, p.code, p.issuer)) : []),
    causesHref(),
    ...listCauses().map((c) => causeHref(c.id)),
    ...(variants ? causeIssuerParams().map((p) => causeHref(p.cause, p.issuer)) : []),
  ];
  const english = (p: string) => inLocalePath(p, "en");
  return paths.flatMap((p) => {
    const alternates = { languages: { ja: absoluteUrl(p), en: absoluteUrl(english(p)) } };
    return [
      { url: absoluteUrl(p), alternates },
      { url: absoluteUrl(english(p)), alternates },
    ];
  });
}
