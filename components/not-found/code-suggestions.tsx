"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { codeHref, codesApiHref, searchHref } from "@/lib/web/links";
import { codePathParts, exactMatch, nearestCodes, type BriefCode } from "@/lib/web/code-match";
import { isSlug } from "@/lib/catalog/slug";
import { japanesePath } from "@/lib/locale";
import { useCoreText, useLocale } from "@/hooks/use-ui";

type Found = { exact?: BriefCode; exactHref?: string; near: BriefCode[]; typed: string };

/**
 * The page for the matched code: its card-company child when the path named one that exists
 * (/codes/AU-PAY/ER323/SAISON in the export), else the code page itself (/codes/au-pay/er323/no-such-issuer).
 * Asked with one HEAD request, only here, rather than shipping the list of child pages to every page.
 */
async function matchHref(code: BriefCode, issuer: string | undefined): Promise<string> {
  const plain = codeHref(code.service, code.slug);
  const id = issuer?.toLowerCase();
  if (!id || !isSlug(id)) return plain;
  const child = codeHref(code.service, code.slug, id);
  try {
    return (await fetch(child, { method: "HEAD" })).ok ? child : plain;
  } catch {
    return plain;
  }
}

/**
 * Reads the address that was not found and offers the code it most likely meant, from the prerendered
 * codes list. Works the same after `next start` and in the static export (where no redirect exists).
 */
export function CodeSuggestions() {
  const [found, setFound] = useState<Found | undefined>();
  const ui = useCoreText();
  const t = ui.notFound;
  const p = ui.punct;
  // The codes list is bilingual: an English page names each code by its English title.
  const english = useLocale() === "en";
  const titleOf = (c: BriefCode) => (english ? (c.en?.title ?? c.title) : c.title);
  useEffect(() => {
    // An English address (/en/codes/…) names the same code as its Japanese one.
    const parts = codePathParts(japanesePath(window.location.pathname));
    if (!parts) return;
    let live = true;
    fetch(codesApiHref())
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then(async (body: { codes: BriefCode[] }) => {
        const exact = exactMatch(body.codes, parts.service, parts.code);
        const near = nearestCodes(body.codes, parts.service, parts.code).filter((c) => c !== exact);
        const exactHref = exact && (await matchHref(exact, parts.issuer));
        if (live) setFound({ exact, exactHref, near, typed: parts.code });
      })
      // Without the list there is nothing to suggest; the search and wizard links below still help.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (!found) return null;
  return (
    <>
      {found.exact ? (
        <section aria-labelledby="nf-exact" className="card">
          <h2 id="nf-exact">{t.exactHeading}</h2>
          <p>
            <Link href={found.exactHref ?? codeHref(found.exact.service, found.exact.slug)}>
              <span className="code-badge">{found.exact.code}</span>
              {p.colon}
              {titleOf(found.exact)}
            </Link>
          </p>
        </section>
      ) : null}
      {found.near.length > 0 ? (
        <section aria-labelledby="nf-near">
          <h2 id="nf-near">{t.nearHeading}</h2>
          <ul className="list-plain">
            {found.near.map((c) => (
              <li key={`${c.service}/${c.slug}`}>
                <Link href={codeHref(c.service, c.slug)}>
                  <span className="code-badge">{c.code}</span>
                  {p.colon}
                  {titleOf(c)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {found.typed ? (
        <p>
          <Link href={searchHref(found.typed)}>{t.searchLink(found.typed)}</Link>
        </p>
      ) : null}
    </>
  );
}
