/**
 * What an id in a URL looks like: lower-case a-z, 0-9 and hyphens. One rule for the validators (which
 * report ids that break it), the forgiving-URL redirect and the 404 page (which only try ids that keep
 * it). No imports, so client components and the proxy can use it without pulling in the catalog.
 */
const SLUG = /^[a-z0-9-]+$/;

export function isSlug(value: string): boolean {
  return SLUG.test(value);
}
