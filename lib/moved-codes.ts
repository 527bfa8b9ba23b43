import { listCodes } from "./catalog";
import { codeHref } from "./links";

/** Old "service/slug" → the code's current page, from each code's `formerKeys`. */
export function movedCodes(): { from: string; to: { service: string; slug: string } }[] {
  return listCodes().flatMap((c) => c.formerKeys.map((from) => ({ from, to: { service: c.service, slug: c.slug } })));
}

/** next.config redirects (server mode): the old code page and its card-company pages, permanently. */
export function movedCodeRedirects(): { source: string; destination: string; permanent: true }[] {
  return movedCodes().flatMap(({ from, to }) => {
    const [service = "", slug = ""] = from.split("/");
    const old = codeHref(service, slug);
    const now = codeHref(to.service, to.slug);
    return [
      { source: old, destination: now, permanent: true as const },
      { source: `${old}/:issuer`, destination: `${now}/:issuer`, permanent: true as const },
    ];
  });
}
