import { listCodes } from "../catalog";
import type { MovedCode } from "../web/moved-code-redirects";

/** Old "service/slug" → the code's current page, from each code's `formerKeys`. */
export function movedCodes(): MovedCode[] {
  return listCodes().flatMap((c) => c.formerKeys.map((from) => ({ from, to: { service: c.service, slug: c.slug } })));
}
