import Link from "next/link";
import type { ReactNode } from "react";
import { ANSWER_ID, ISSUER_CHOICE_ID, issuerHref } from "@/lib/web/links";
import type { Issuer } from "@/lib/catalog/schema/issuer";
import { UI } from "@/lib/ui-text";
import { ListFilter } from "../common/list-filter";
import { RovingGroup } from "../common/roving-group";
import { IssuerFacts } from "./issuer-facts";

const namesOf = (i: Issuer) => [i.names.ja, i.names.kana, i.names.latin, ...i.names.aliases].join(" ").toLowerCase();

/** Company links as chips: one tab stop for the whole group, the filter narrows them by any name. */
function Chips({
  issuers,
  hrefFor,
  chosen,
  label,
  landing,
}: {
  issuers: readonly Issuer[];
  hrefFor: (id?: string) => string;
  chosen?: Issuer;
  label: string;
  landing: string;
}) {
  return (
    <RovingGroup label={label}>
      <ul className="chip-list" data-filter-list="">
        {issuers.map((i) => (
          <li key={i.id} data-names={namesOf(i)}>
            <a
              href={`${hrefFor(i.id)}#${landing}`}
              {...(chosen?.id === i.id ? { "aria-current": "page" as const } : {})}
              data-cf-chip={i.id}
            >
              {i.names.ja}
            </a>
          </li>
        ))}
      </ul>
    </RovingGroup>
  );
}

/** The chosen company in the picker: 「〇〇を選んでいます」, the way back, its facts and its own page. */
export function ChosenCompany({ chosen, clearHref }: { chosen: Issuer; clearHref: string }) {
  const t = UI.code.issuer;
  return (
    <>
      <p>
        <strong>{t.chosen(chosen.names.ja)}</strong>
        <a className="issuer-clear" href={clearHref}>
          {t.clear}
        </a>
      </p>
      <IssuerFacts issuer={chosen} />
      <p>
        <Link href={issuerHref(chosen.id)} prefetch={false}>
          {t.issuerPage(chosen.names.ja)}
        </Link>
      </p>
    </>
  );
}

/**
 * 「カード会社を変える」: where the company lists fold once a company is chosen. Empty with `fillTarget` (the
 * companies' templates page): the browser moves the page's own lists into it (data-cf-lists).
 */
export function ChangeCompany({ children, fillTarget = false }: { children?: ReactNode; fillTarget?: boolean }) {
  return (
    <details className="issuer-list" data-cf-lists={fillTarget ? "" : undefined}>
      <summary>{UI.code.issuer.change}</summary>
      {children}
    </details>
  );
}

/**
 * 「お使いのカード会社」: plain links to prerendered child pages (`hrefFor(id)`), so the choice works without
 * JavaScript and in the static export. The likely companies come first (the service's featured ones, then
 * the common ones), the rest behind 「ほかのカード会社」 with the filter. With a company chosen, its facts
 * come first and the lists fold away. The links are plain <a>, not next/link: twenty-odd Link components
 * cost hydration time on a phone, and the child pages are static files that load fast anyway.
 */
export function IssuerPicker({
  hrefFor,
  likely,
  rest,
  chosen,
  landing = ANSWER_ID,
  fill = false,
}: {
  /** The page's company is filled in by the browser (a filled slot): leave a place for the chosen block. */
  fill?: boolean;
  hrefFor: (issuerId?: string) => string;
  /** The anchor a chosen company's page opens at: where its first action stands. */
  landing?: string;
  likely: readonly Issuer[];
  rest: readonly Issuer[];
  chosen: Issuer | undefined;
}) {
  const t = UI.code.issuer;
  const lists = (
    <>
      <Chips issuers={likely} hrefFor={hrefFor} chosen={chosen} label={t.likelyLabel} landing={landing} />
      <details className="issuer-more">
        <summary>{t.more}</summary>
        <ListFilter label={t.filterLabel} noMatch={t.noMatch} />
        <Chips issuers={rest} hrefFor={hrefFor} chosen={chosen} label={t.more} landing={landing} />
      </details>
    </>
  );
  return (
    <section id={ISSUER_CHOICE_ID} aria-labelledby="issuer-heading" className="card issuer-choice" data-filter-scope="">
      <h2 id="issuer-heading">{t.heading}</h2>
      {chosen ? (
        <>
          <ChosenCompany chosen={chosen} clearHref={`${hrefFor()}#${ISSUER_CHOICE_ID}`} />
          <ChangeCompany>{lists}</ChangeCompany>
        </>
      ) : (
        <>
          {/* On a filled page the browser puts the chosen company's block here (ChosenCompany, from its templates). */}
          {fill ? (
            <>
              <div data-cf-chosen={`${hrefFor()}#${ISSUER_CHOICE_ID}`} />
              <noscript>
                <p className="notice">{UI.pages.companyParts.noScript}</p>
              </noscript>
            </>
          ) : null}
          <p data-cf-lead={fill ? "" : undefined}>{t.lead}</p>
          {lists}
        </>
      )}
    </section>
  );
}
