import { currentLocale } from "@/lib/locale";
import Link from "next/link";
import type { Cause } from "@/lib/catalog";
import { causeUsesIssuer, codesOfCause, issuerChoiceFor } from "@/lib/views/code";
import { ISSUER_CHOICE_ID, STEPS_ID, causeHref, causesHref, diagnoseHref, homeHref } from "@/lib/web/links";
import { breadcrumbLd } from "@/lib/web/page-meta";
import type { Issuer } from "@/lib/catalog/schema/issuer";
import { absoluteUrl } from "@/lib/web/site";
import { FILL_IN_BROWSER } from "@/lib/views/build-mode";
import { UI } from "@/lib/ui-text";
import { AsideText } from "../common/aside-text";
import { Breadcrumb } from "../layout/breadcrumb";
import { CodeLinks } from "../code/code-links";
import { IssuerPicker } from "../issuer/issuer-picker";
import { JsonLd } from "../layout/json-ld";
import { CauseBody } from "./cause-section";
import { CompanyFill } from "../issuer/company-fill";
import { filledSlot, oneCompany } from "./company-slot";

/**
 * One cause on its own page, for people who arrive by symptom rather than by code: what happened in plain
 * words, the steps (for the chosen card company), waits, what not to do, and every code in every service
 * that leads here.
 */
export function CausePage({ cause, issuer }: { cause: Cause; issuer?: Issuer }) {
  const t = UI.pages.cause;
  const usesIssuer = causeUsesIssuer(cause);
  const codes = codesOfCause(cause.id);
  const path = causeHref(cause.id, issuer?.id);
  // In the static export one page serves every company: the browser fills the chosen one in.
  const fill = FILL_IN_BROWSER && usesIssuer && !issuer;
  const choice = issuerChoiceFor(undefined);
  const offered = [...choice.likely, ...choice.rest];
  const crumbs = [
    { name: UI.nav.home, path: homeHref() },
    { name: t.breadcrumb, path: causesHref() },
    { name: cause.title, path: causeHref(cause.id) },
    ...(issuer ? [{ name: issuer.names.ja, path }] : []),
  ];
  return (
    <article className="cause-page">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@graph": [
            {
              "@type": "TechArticle",
              headline: cause.title,
              description: cause.summary,
              inLanguage: currentLocale(),
              url: absoluteUrl(path),
            },
            breadcrumbLd(crumbs),
          ],
        }}
      />
      <Breadcrumb items={crumbs} fill={fill} />
      <h1>{cause.title}</h1>
      <p>
        <span className={`pill fixer-${cause.fixer}`}>{UI.cause.fixer[cause.fixer]}</span>
      </p>
      <div className="lead">
        <AsideText text={cause.summary} />
      </div>
      <section id={STEPS_ID} aria-labelledby={`${STEPS_ID}-heading`}>
        <h2 id={`${STEPS_ID}-heading`}>{t.whatToDo}</h2>
        <CauseBody
          cause={cause}
          level={3}
          company={fill ? filledSlot() : oneCompany(issuer)}
          pickHref={usesIssuer && !issuer ? `#${ISSUER_CHOICE_ID}` : undefined}
        />
      </section>
      {usesIssuer ? (
        <IssuerPicker hrefFor={(id) => causeHref(cause.id, id)} {...choice} chosen={issuer} landing={STEPS_ID} fill={fill} />
      ) : null}
      {fill ? (
        <CompanyFill
          ids={offered.map((i) => i.id)}
          base={path}
          baseTitle={cause.title}
          titles={Object.fromEntries(offered.map((i) => [i.id, t.metaTitleIssuer(cause.title, i.names.ja)]))}
          failText={UI.pages.companyParts.loadFailed}
        />
      ) : null}
      <section aria-labelledby="seen-as">
        <h2 id="seen-as">{t.seenAs}</h2>
        {codes.length === 0 ? (
          <p>{t.noCodes}</p>
        ) : (
          <>
            <p>{t.seenAsLead}</p>
            <CodeLinks codes={codes} issuer={issuer} fill={fill} />
          </>
        )}
      </section>
      <p className="wizard-link">
        <Link href={diagnoseHref()} prefetch={false}>
          {UI.code.actions.diagnose}
        </Link>
      </p>
    </article>
  );
}
