"use client";

import { useEffect } from "react";
import type { IssuerPart } from "@/lib/catalog/schema/cause";
import { CARD_PLACEHOLDER, companyPartsHref } from "@/lib/web/links";
import { chosenInAddress } from "./chosen-in-address";
import { FILL_CHOSEN, FILL_NAME, fillSourcesName } from "./fill-marks";

/**
 * Fills the chosen card company's parts into a page rendered with a filled slot (the static export's code,
 * cause and wizard pages; the markers are described in fill-marks.ts). The company comes from the address
 * (chosenInAddress: /codes/au-pay/er323/rakuten, which the web server answers with the code's page, or
 * #card-rakuten, or ?card=rakuten). The parts come from the company's templates page, fetched once.
 * Without JavaScript, or for a company the page does not offer, the general text stays.
 */
export function CompanyFill({
  ids,
  base,
  baseTitle,
  titles,
  failText,
}: {
  /** The companies this page offers. */
  ids: readonly string[];
  /** The page's own address without a company. */
  base: string;
  /** The page's title without a company, and each company's title in its place. */
  baseTitle?: string;
  titles?: Readonly<Record<string, string>>;
  failText: string;
}) {
  useEffect(() => {
    const id = chosenInAddress(ids, base);
    if (!id) {
      // No company in the address: the names say so (「そのほか・わからない」) instead of 「お選びのカード会社」.
      for (const el of document.querySelectorAll<HTMLElement>("[data-cf-none]")) el.textContent = el.dataset.cfNone ?? "";
      return;
    }
    let cancelled = false;
    let stopTitle = () => {};
    loadTemplates(id)
      .then((templates) => {
        if (cancelled) return;
        fill(templates, id);
        const title = titles?.[id];
        if (baseTitle && title) stopTitle = keepTitle(document.title.replace(baseTitle, title));
      })
      .catch(() => {
        if (cancelled) return;
        const chosen = document.querySelector<HTMLElement>("[data-cf-chosen]");
        if (chosen) chosen.textContent = failText;
      });
    return () => {
      cancelled = true;
      stopTitle();
    };
  }, [ids, base, baseTitle, titles, failText]);
  return null;
}

/**
 * Sets the tab's title and keeps it: the framework may write the page's own title into <head> again
 * after the company was filled in (seen under load), which would name no company.
 */
function keepTitle(title: string): () => void {
  document.title = title;
  const observer = new MutationObserver(() => {
    if (document.title !== title) document.title = title;
  });
  observer.observe(document.head, { childList: true, characterData: true, subtree: true });
  return () => observer.disconnect();
}

const cache = new Map<string, Promise<Map<string, HTMLElement>>>();

function loadTemplates(id: string): Promise<Map<string, HTMLElement>> {
  let found = cache.get(id);
  if (!found) {
    found = fetch(companyPartsHref(id))
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${r.status}`))))
      .then((html) => {
        const doc = new DOMParser().parseFromString(html, "text/html");
        const map = new Map<string, HTMLElement>();
        for (const t of doc.querySelectorAll<HTMLElement>(`[data-cf-templates="${CSS.escape(id)}"] [data-cf-t]`)) {
          map.set(t.dataset.cfT ?? "", t);
        }
        return map.size > 0 ? map : Promise.reject(new Error("no templates"));
      });
    found.catch(() => cache.delete(id));
    cache.set(id, found);
  }
  return found;
}

const copyOf = (t: HTMLElement): Node[] => [...t.childNodes].map((n) => document.importNode(n, true));

function fill(templates: Map<string, HTMLElement>, id: string) {
  // A step's box: each fact once within its list of steps, as on the server (companyPartPlan).
  for (const group of document.querySelectorAll("[data-cf-group]")) {
    const seen = new Set<string>();
    for (const slot of group.querySelectorAll<HTMLElement>("[data-cf-part]")) {
      const t = templates.get(slot.dataset.cfPart ?? "");
      const key = t?.dataset.cfKey ?? "";
      if (!t || seen.has(key)) {
        slot.replaceChildren();
        continue;
      }
      seen.add(key);
      slot.replaceChildren(...copyOf(t));
    }
  }
  for (const slot of document.querySelectorAll<HTMLElement>("[data-cf-sources]")) {
    const list = slot.querySelector("ul");
    if (!list) continue;
    const have = new Set([...list.querySelectorAll<HTMLElement>("li[data-source-id]")].map((li) => li.dataset.sourceId));
    for (const part of (slot.dataset.cfSources ?? "").split(" ").filter(Boolean)) {
      for (const li of templates.get(fillSourcesName(part as IssuerPart))?.querySelectorAll<HTMLElement>("li[data-source-id]") ?? []) {
        if (have.has(li.dataset.sourceId)) continue;
        have.add(li.dataset.sourceId);
        list.append(document.importNode(li, true));
      }
    }
  }
  for (const a of document.querySelectorAll<HTMLAnchorElement>("a[data-cf-href]")) {
    a.setAttribute("href", (a.dataset.cfHref ?? "").replaceAll(CARD_PLACEHOLDER, encodeURIComponent(id)));
  }
  const name = templates.get(FILL_NAME)?.textContent ?? "";
  for (const el of document.querySelectorAll<HTMLElement>("[data-cf-name]")) el.textContent = name;
  // The breadcrumb: the page's own item becomes a link, the company is the page now.
  const crumb = document.querySelector<HTMLElement>("[data-cf-crumb]");
  const base = document.querySelector<HTMLElement>("[data-cf-crumb-base]");
  if (crumb && base) {
    const link = document.createElement("a");
    link.href = base.dataset.cfCrumbBase ?? "#";
    link.textContent = base.textContent;
    base.replaceChildren(link);
    base.removeAttribute("aria-current");
    crumb.textContent = name;
    crumb.setAttribute("aria-current", "page");
    crumb.hidden = false;
  }
  const chosen = templates.get(FILL_CHOSEN);
  for (const el of document.querySelectorAll<HTMLElement>("[data-cf-chosen]")) {
    if (!chosen) break;
    el.replaceChildren(...copyOf(chosen));
    el.querySelector(".issuer-clear")?.setAttribute("href", el.dataset.cfChosen ?? "#");
    const picker = el.parentElement;
    const lead = picker?.querySelector<HTMLElement>("[data-cf-lead]");
    lead?.setAttribute("hidden", "");
    // The lists after the lead fold into 「変更する」. They are the server's markup, which React never
    // renders again on this page, so moving them keeps their islands (the filter, the arrow keys) working.
    const fold = el.querySelector("[data-cf-lists]");
    const lists: Element[] = [];
    for (let next = lead?.nextElementSibling; next; next = next.nextElementSibling) lists.push(next);
    if (fold) fold.append(...lists);
    for (const chip of picker?.querySelectorAll<HTMLElement>("[data-cf-chip]") ?? []) {
      if (chip.dataset.cfChip === id) chip.setAttribute("aria-current", "page");
      else chip.removeAttribute("aria-current");
    }
  }
}
