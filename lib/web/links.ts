/**
 * Every internal URL the site builds, in one place. Owners may change how a URL looks, but keep these
 * signatures so pages, search and the wizard link to each other without knowing the details.
 */
import { currentLocale, inLocalePath } from "../locale";

/**
 * encodeURIComponent throws on a lone surrogate (half an emoji, e.g. from a cut paste); a URL cannot carry
 * one anyway, so it becomes U+FFFD, as browsers do when they submit a form.
 */
const encodeParam = (value: string): string => encodeURIComponent(value.toWellFormed());

/**
 * A page's address in the language of the page being rendered or shown (lib/locale): English pages link
 * to English pages (/en/…). The published data (/api/…) has one address for both languages.
 */
const here = (path: string): string => inLocalePath(path, currentLocale());

export const homeHref = (): string => here("/");

/**
 * A code page; with a card company chosen, that company's parts are filled in. The choice lives in the
 * path (a prerendered child page), not in a query, so it works without JavaScript in the static export too.
 */
export const codeHref = (service: string, slug: string, issuerId?: string): string =>
  here(issuerId ? `/codes/${service}/${slug}/${issuerId}` : `/codes/${service}/${slug}`);

export const issuerHref = (issuerId: string): string => here(`/issuers/${issuerId}`);
/**
 * A cause on its own page: how people without a code arrive, by symptom. With a card company chosen,
 * its prerendered child page (as for codes), where the cause's steps use the company's own parts.
 */
export const causeHref = (causeId: string, issuerId?: string): string =>
  here(issuerId ? `/causes/${causeId}/${issuerId}` : `/causes/${causeId}`);
/** Every cause, for people who know the symptom but not the code. */
export const causesHref = (): string => here("/causes");
/** A card brand's 3-D Secure programme (Visa Secure, Mastercard ID Check, J/Secure…). */
export const brandHref = (brandId: string): string => here(`/brands/${brandId}`);
export const serviceHref = (serviceId: string): string => here(`/services/${serviceId}`);
/** The lists of every service, card company and card brand. */
export const servicesHref = (): string => here("/services");
export const issuersHref = (): string => here("/issuers");
export const brandsHref = (): string => here("/brands");

/**
 * The diagnosis wizard, optionally started with a code already chosen ("service/slug"). The answers live
 * in the path (prerendered, works without JavaScript and in the static export); code/{service}/{slug} is
 * an alias the wizard resolves to the answers that choose that code.
 */
export const diagnoseHref = (codeKey?: string): string => {
  if (!codeKey) return here("/diagnose");
  const [service, slug] = codeKey.split("/");
  return here(service && slug ? `/diagnose/code/${encodeParam(service)}/${encodeParam(slug)}` : "/diagnose");
};

/** One step of the wizard: the answers so far, as URL segments. */
export const diagnoseStepHref = (answers: readonly string[]): string =>
  here(answers.length === 0 ? "/diagnose" : `/diagnose/${answers.map(encodeParam).join("/")}`);

/** The card-company choice on code and cause pages. */
export const ISSUER_CHOICE_ID = "issuer-choice";
/** Where a chosen company's page opens: the 「まず、これを」 box, now with that company's action. */
export const ANSWER_ID = "answer";
/** Where a chosen company's cause page opens: its steps. */
export const STEPS_ID = "what-to-do";

/** The query parameter that names the chosen card company on a wizard result page. */
export const ISSUER_QUERY = "card";
/** The fragment that selects a card company on a wizard result page where JavaScript does not run. */
export const issuerFragment = (issuerId: string): string => `card-${issuerId}`;
/** The company a fragment names (「#card-rakuten」 → rakuten), or null. */
export const issuerFromFragment = (hash: string): string | null => {
  const m = /^#?card-([a-z0-9-]+)$/.exec(hash);
  return m ? (m[1] ?? null) : null;
};

/**
 * A wizard result page (`answers` end in the result segment), with the chosen card company in the query,
 * which in-page links keep, and in the fragment, which CSS reads where JavaScript does not run.
 */
export const diagnoseResultHref = (answers: readonly string[], issuerId?: string): string =>
  issuerId
    ? `${diagnoseStepHref(answers)}?${ISSUER_QUERY}=${encodeParam(issuerId)}#${issuerFragment(issuerId)}`
    : diagnoseStepHref(answers);

/**
 * Where the static export's pages find a card company's parts (app/company-parts/[issuer]): one page per
 * company, which the browser fetches and fills into the code, cause or wizard page it is on.
 */
export const companyPartsHref = (issuerId: string): string => here(`/company-parts/${issuerId}`);
/** Stands for the chosen company's id in an address the browser completes (data-cf-href). */
export const CARD_PLACEHOLDER = "__card__";

export const searchHref = (query: string): string => here(`/search?q=${encodeParam(query)}`);
/** /search's `warn` value once a card number was dropped from its address: it says why, searching nothing. */
export const CARD_WARNING = "card";
export const cardWarningHref = (): string => here(`/search?warn=${CARD_WARNING}`);

/** The published data (see app/api/v1). */
export const codesApiHref = (): string => "/api/v1/codes.json";
export const codeApiHref = (service: string, slug: string): string => `/api/v1/codes/${service}/${slug}.json`;
