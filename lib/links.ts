/**
 * Every internal URL the site builds, in one place. Owners may change how a URL looks, but keep these
 * signatures so pages, search and the wizard link to each other without knowing the details.
 */
export const homeHref = (): string => "/";

/**
 * A code page; with a card company chosen, that company's parts are filled in. The choice lives in the
 * path (a prerendered child page), not in a query, so it works without JavaScript in the static export too.
 */
export const codeHref = (service: string, slug: string, issuerId?: string): string =>
  issuerId ? `/codes/${service}/${slug}/${issuerId}` : `/codes/${service}/${slug}`;

export const issuerHref = (issuerId: string): string => `/issuers/${issuerId}`;
export const serviceHref = (serviceId: string): string => `/services/${serviceId}`;

/** The diagnosis wizard, optionally started with a code already chosen ("service/slug"). */
export const diagnoseHref = (codeKey?: string): string =>
  codeKey ? `/diagnose?code=${encodeURIComponent(codeKey)}` : "/diagnose";

export const searchHref = (query: string): string => `/search?q=${encodeURIComponent(query)}`;

/** The published data (see app/api/v1). */
export const codesApiHref = (): string => "/api/v1/codes.json";
export const codeApiHref = (service: string, slug: string): string => `/api/v1/codes/${service}/${slug}.json`;
