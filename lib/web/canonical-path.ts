import { hasIssuerPage } from "../issuers/pages";
import { isSlug } from "../catalog/slug";

/**
 * The canonical form of a help-page URL, for the server-mode redirect (proxy.ts): catalog ids are
 * lower-case, so /codes/AU-PAY/ER323 means /codes/au-pay/er323. Returns undefined when the path is
 * already canonical or is not a help page. The old `?issuer=` query becomes the child path only when that
 * child page is prerendered; an unknown, unused or hostile value leads to the plain code page instead of
 * a 404 (and is never copied into the target).
 */
const HELP_PREFIXES = ["codes", "issuers", "services"];

/** Whether /codes/{service}/{code}/{issuer} exists; a parameter so tests can pass their own list. */
export type ChildPageExists = (service: string, code: string, issuer: string) => boolean;

export function canonicalHelpPath(
  pathname: string,
  search: URLSearchParams,
  childExists: ChildPageExists = hasIssuerPage,
): string | undefined {
  const parts = pathname.split("/").filter(Boolean);
  if (parts.length === 0 || !HELP_PREFIXES.includes(parts[0]!.toLowerCase())) return undefined;
  // Only segments that could be ids are folded: a segment with "%" or other characters names no page
  // in any case, so it is left alone and the request goes straight to the 404 page, not via a redirect.
  const lower = parts.map((p) => {
    const folded = p.toLowerCase();
    return isSlug(folded) ? folded : p;
  });
  const issuer = search.get("issuer")?.toLowerCase();
  if (issuer && lower[0] === "codes" && lower.length === 3 && childExists(lower[1]!, lower[2]!, issuer)) lower.push(issuer);
  const target = `/${lower.join("/")}`;
  return target === pathname && !search.has("issuer") ? undefined : target;
}
