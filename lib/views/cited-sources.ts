import { getSource } from "../catalog";
import type { Source } from "../catalog/schema/source";
import { urlHost } from "../web/url-host";

export type CitedSource = Source & { readonly host: string | undefined };

/**
 * The sources behind a claim, for display: each id once, in the order given, unknown ids left out (the
 * catalog validator reports those), each with its link's host so a reader sees where a link leads.
 */
export function citedSources(ids: readonly string[]): CitedSource[] {
  return [...new Set(ids)]
    .map((id) => getSource(id))
    .filter((s) => s !== undefined)
    .map((s) => ({ ...s, host: urlHost(s.url) }));
}
