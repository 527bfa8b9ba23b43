import { ISSUER_QUERY, issuerFromFragment } from "@/lib/web/links";

/**
 * The card company the address names, among `ids`, for the browser's side of a page that offers the
 * choice: the last path segment under `base` (/codes/au-pay/er323/rakuten, answered with the code's page
 * in the export), else the fragment (#card-rakuten: a new choice, or an old link), else ?card=rakuten.
 * A company named only by the fragment gets the query too (history.replaceState), so reloading or sharing
 * the address keeps the choice whatever in-page link changes the fragment later.
 */
export function chosenInAddress(ids: readonly string[], base?: string): string | undefined {
  const known = new Set(ids);
  const url = new URL(window.location.href);
  const prefix = base === undefined ? undefined : `${base}/`;
  const fromPath = prefix && url.pathname.startsWith(prefix) ? decodeURIComponent(url.pathname.slice(prefix.length)) : null;
  const fromFragment = issuerFromFragment(url.hash);
  const fromQuery = url.searchParams.get(ISSUER_QUERY);
  const id = [fromPath, fromFragment, fromQuery].find((x): x is string => x !== null && known.has(x));
  if (id && id !== fromPath && fromQuery !== id) {
    url.searchParams.set(ISSUER_QUERY, id);
    window.history.replaceState(window.history.state, "", url);
  }
  return id;
}
