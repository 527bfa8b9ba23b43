/**
 * The canonical form of a help-page URL, for the server-mode redirect (proxy.ts): catalog ids are
 * lower-case, so /codes/AU-PAY/ER323 means /codes/au-pay/er323. Returns undefined when the path is
 * already canonical or is not a help page. The old `?issuer=` query becomes the prerendered child path.
 */
const HELP_PREFIXES = ["codes", "issuers", "services"];

export function canonicalHelpPath(pathname: string, search: URLSearchParams): string | undefined {
  const parts = pathname.split("/").filter(Boolean);
  if (parts.length === 0 || !HELP_PREFIXES.includes(parts[0]!.toLowerCase())) return undefined;
  const lower = parts.map((p) => p.toLowerCase());
  const issuer = search.get("issuer")?.toLowerCase();
  if (issuer && /^[a-z0-9-]+$/.test(issuer) && lower[0] === "codes" && lower.length === 3) lower.push(issuer);
  const target = `/${lower.join("/")}`;
  return target === pathname && !search.has("issuer") ? undefined : target;
}
