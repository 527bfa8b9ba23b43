import type { IssuerPart } from "@/lib/catalog/schema/cause";

/**
 * The names that tie a page whose card company the browser fills in (a filled slot, see
 * components/cause/company-slot.ts) to the company's templates (app/company-parts/[issuer]). The server
 * renderers write them, the templates page renders one hidden <div data-cf-t="…"> per name, and
 * components/issuer/company-fill.tsx matches the two. The markers on the page:
 *  - data-cf-group: a list of steps, within which each fact stands once;
 *  - data-cf-part="{template}": a step's company box;
 *  - data-cf-sources="{part} {part}": a source list that gets the company's sources for those parts;
 *  - data-cf-href="{address with CARD_PLACEHOLDER}": a link that names the chosen company;
 *  - data-cf-name: the company's name (data-cf-none: the words when the address names none);
 *    data-cf-chosen: the picker's 「選んでいます」 block;
 *    data-cf-lead: the picker's lead, hidden once a company is chosen; data-cf-chip="{id}": a company link;
 *    data-cf-lists (in the chosen block's template): where the lists after the lead fold;
 *  - data-cf-crumb-base="{address}" and data-cf-crumb: the breadcrumb's page item and the company's place.
 * The fill replaces server-rendered markup after hydration, which works because React never renders those
 * server parts again on the page. A client component inside a marker would lose its state to the fill:
 * keep markers around server-rendered text and links only.
 */

/** A step's company box for `part`, with its own sources (cite) or without (「まず、これを」 cites them at its end). */
export const fillTemplateName = (part: IssuerPart, cite: boolean): string => `part:${part}:${cite ? "cite" : "plain"}`;

/** The company's sources for `part`, as list items. */
export const fillSourcesName = (part: IssuerPart): string => `sources:${part}`;

export const FILL_NAME = "name";
export const FILL_CHOSEN = "chosen";
