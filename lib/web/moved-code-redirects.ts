import { LOCALES, inLocalePath } from "../locale";
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
    return LOCALES.flatMap((l) => [
      { source: inLocalePath(old, l), destination: inLocalePath(now, l), permanent: true as const },
      { source: inLocalePath(`${old}/:issuer`, l), destination: inLocalePath(`${now}/:issuer`, l), permanent: true as const },
    ]);
  });
}
