/**
 * The host a link leads to ("www.saisoncard.co.jp"), shown beside sources and card-company pages so a
 * reader knows where a link goes before tapping it. Undefined for no URL, a malformed one, or one without
 * a host (mailto:, javascript:): a page then leaves the host out rather than failing to render.
 */
export function urlHost(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}
