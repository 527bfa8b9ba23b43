/**
 * How this build serves its pages. `npm run build:export` sets STATIC_EXPORT=1 (see next.config.ts): every
 * page must then be a file. A server build (`npm run build`, `npm run serve`) prerenders the pages people
 * land on and renders the long tail (card-company variants, the wizard's later steps) on first request,
 * then keeps it: a fresh clone answers within minutes instead of rendering thousands of pages first.
 * The production server (server/index.mjs) reads onDemandPaths() from the build (scripts/write-page-list.ts)
 * and answers any other address under those routes with the prerendered not-found page, before rendering.
 */
import { getWizardData, listCodes } from "../catalog";
import { causeIssuerParams, codeIssuerParams } from "./code";
import { movedCodes } from "./moved-codes";
import { causeHref, codeHref, diagnoseHref, diagnoseStepHref } from "../web/links";
import { inLocalePath, japanesePath } from "../locale";
import { codePath, resolveAnswers, walkPaths } from "../wizard";

export const IS_STATIC_EXPORT = process.env.STATIC_EXPORT === "1";

/**
 * The export has no file per code and card company (thousands of near-copies would pass static hosts'
 * limits): a code, cause or wizard page holds the general text in markers, and the browser fills in the
 * company named in the address from that company's templates page (components/issuer/company-fill.tsx).
 * The variant addresses stay: the web server answers them with the code's page (deploy/nginx.conf), and
 * a small redirect file stands at each for hosts without rewrites (scripts/write-variant-stubs.ts).
 * A server renders each company's page itself.
 */
export const FILL_IN_BROWSER = IS_STATIC_EXPORT;

/** All params in the export; in server mode only those `keep` selects (the rest render on demand). */
export function prerenderParams<T>(all: () => readonly T[], keep: (p: T) => boolean = () => false): T[] {
  return IS_STATIC_EXPORT ? [...all()] : all().filter(keep);
}

/** Every wizard screen a link reaches: each step, and code/{service}/{slug}, which code pages link to. */
export function wizardStepParams(): { answers: string[] }[] {
  const data = getWizardData();
  const steps = [...walkPaths(data)].map(({ path }) => ({ answers: path }));
  // The same screen as the answers that choose that code.
  const aliases = listCodes().flatMap((c) => {
    // The alias's segments after /diagnose, whatever language the links are being built in.
    const alias = japanesePath(diagnoseHref(c.key)).split("/").slice(2);
    return resolveAnswers(data, alias) ? [{ answers: alias }] : [];
  });
  return [...steps, ...aliases];
}

/**
 * The wizard with a code already chosen, as the answers that choose it: what a code page links to. The
 * alias code/{service}/{slug} names the same screen (kept for links from elsewhere; in the export a small
 * file that sends the browser on), one step longer.
 */
export function wizardHrefFor(codeKey: string): string {
  const path = codePath(getWizardData(), codeKey);
  return path ? diagnoseStepHref(path) : diagnoseHref(codeKey);
}

/**
 * The paths of every page the routes above may render on demand (prerendered ones included), and the old
 * card-company addresses of moved codes, which next.config redirects to the new ones.
 */
export function onDemandPaths(): string[] {
  const variants = codeIssuerParams();
  const moved = movedCodes().flatMap(({ from, to }) => {
    const [service = "", slug = ""] = from.split("/");
    return variants.filter((p) => p.service === to.service && p.code === to.slug).map((p) => codeHref(service, slug, p.issuer));
  });
  const japanese = [
    ...variants.map((p) => codeHref(p.service, p.code, p.issuer)),
    ...moved,
    ...causeIssuerParams().map((p) => causeHref(p.cause, p.issuer)),
    ...wizardStepParams().map((p) => diagnoseStepHref(p.answers)),
  ];
  // The English twins (app/(en)/en) have the same pages under /en.
  return [...japanese, ...japanese.map((p) => inLocalePath(p, "en"))];
}
