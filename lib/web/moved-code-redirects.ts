import { codeHref } from "./links";

/** A code page that moved: its old "service/slug" and where the code lives now. */
export type MovedCode = { from: string; to: { service: string; slug: string } };

/**
 * next.config redirects (server mode) for moved codes: the old code page and its card-company pages,
 * permanently. Pure: next.config passes the generated list (lib/generated/moved-codes.ts), because it may
 * not import the catalog (server-only).
 */
export function movedCodeRedirects(moved: readonly MovedCode[]): { source: string; destination: string; permanent: true }[] {
  return moved.flatMap(({ from, to }) => {
    const [service = "", slug = ""] = from.split("/");
    const old = codeHref(service, slug);
    const now = codeHref(to.service, to.slug);
    return [
      { source: old, destination: now, permanent: true as const },
      { source: `${old}/:issuer`, destination: `${now}/:issuer`, permanent: true as const },
    ];
  });
}
