import { currentLocale } from "@/lib/locale";
import Link from "next/link";
import { getCodeByKey, getService, getSource, type CatalogCode } from "@/lib/catalog";
import { codeUsesIssuer, issuerChoiceFor, rankedCauses } from "@/lib/views/code";
import { ANSWER_ID, ISSUER_CHOICE_ID, codeHref, homeHref, serviceHref } from "@/lib/web/links";
import { breadcrumbLd } from "@/lib/web/page-meta";
import type { Issuer } from "@/lib/catalog/schema/issuer";
import { absoluteUrl } from "@/lib/web/site";
import { stoppingParties } from "@/lib/views/stop-party";
import { FILL_IN_BROWSER, wizardHrefFor } from "@/lib/views/build-mode";
import { UI } from "@/lib/ui-text";
import { Breadcrumb } from "../layout/breadcrumb";
import { JsonLd } from "../layout/json-ld";
import { AsideText } from "../common/aside-text";
import { AnswerBox } from "../cause/answer-box";
import { CauseSection } from "../cause/cause-section";
import { filledSlot, oneCompany } from "../cause/company-slot";
import { CompanyFill } from "../issuer/company-fill";
import { IssuerPicker } from "../issuer/issuer-picker";
import { SourceList } from "../sources/source-list";
import { CodeLinks } from "./code-links";
import { PageActions } from "./page-actions";
import { StopDiagram } from "./stop-diagram";

/**
 * One code's page, optionally with a card company chosen. What to do now comes first: the title, then
 * 「まず、これを」 (the top cause's first actions, for the chosen company), then the company choice; then
 * the causes and steps, the on-screen wording, the diagram, related codes and sources.
 */
export function CodePage({ code, issuer }: { code: CatalogCode; issuer?: Issuer }) {
  const svc = getService(code.service);
  const causes = rankedCauses(code);
  const stop = stoppingParties(
    causes.map(({ link, cause }) => ({ fixer: cause.fixer, likelihood: link.likelihood })),
    svc?.kind,
  );
  const usesIssuer = codeUsesIssuer(code);
  const top = causes[0];
  // In the static export one page serves every company: the browser fills the chosen one in.
  const fill = FILL_IN_BROWSER && usesIssuer && !issuer;
  const company = fill ? filledSlot() : oneCompany(issuer);
  // Without a company chosen, steps that need one point to the choice (once per cause).
  const pickHref = usesIssuer && !issuer ? `#${ISSUER_CHOICE_ID}` : undefined;
  const path = codeHref(code.service, code.slug, issuer?.id);
  const choice = issuerChoiceFor(code.service);
  const offered = [...choice.likely, ...choice.rest];
  const serviceName = svc?.name ?? code.service;
  const sourceIds = [...code.sources, ...(code.message?.sources ?? [])];
  const verified = [...sourceIds, ...causes.flatMap(({ cause }) => cause.sources)]
    .map((id) => getSource(id)?.lastVerified)
    .filter((d) => d !== undefined)
    .sort()
    .at(-1);
  const crumbs = [
    { name: UI.nav.home, path: homeHref() },
    { name: svc?.name ?? code.service, path: serviceHref(code.service) },
    { name: code.code, path: codeHref(code.service, code.slug) },
    ...(issuer ? [{ name: issuer.names.ja, path }] : []),
  ];

  return (
    <article className="code-page">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@graph": [
            {
              "@type": "TechArticle",
              headline: `${svc?.name ?? ""} ${code.code}${UI.punct.colon}${code.title}`,
              description: code.summary,
              inLanguage: currentLocale(),
              url: absoluteUrl(path),
              ...(verified ? { dateModified: verified } : {}),
              about: { "@type": "Thing", name: code.code, alternateName: code.aliases },
            },
            breadcrumbLd(crumbs),
          ],
        }}
      />
      <Breadcrumb items={crumbs} fill={fill} />
      <h1 className="code-title">
        <span className="code-line">
          <span className="code-badge">{code.code}</span>
          <span className="muted code-service">{svc?.name}</span>
        </span>
        <span className="code-meaning">{code.title}</span>
      </h1>
      {top ? (
        <AnswerBox
          id={ANSWER_ID}
          cause={top.cause}
          rule={svc?.featuredIssuers ? { text: svc.featuredIssuers.reason, sources: svc.featuredIssuers.sources } : undefined}
          company={company}
          pickHref={pickHref}
          moreHref="#causes"
        />
      ) : null}
      {usesIssuer ? <IssuerPicker hrefFor={(id) => codeHref(code.service, code.slug, id)} {...choice} chosen={issuer} fill={fill} /> : null}
      {fill ? (
        <CompanyFill
          ids={offered.map((i) => i.id)}
          base={path}
          baseTitle={UI.code.metaTitle(serviceName, code.code, code.title)}
          titles={Object.fromEntries(offered.map((i) => [i.id, UI.code.metaTitleIssuer(serviceName, code.code, i.names.ja)]))}
          failText={UI.pages.companyParts.loadFailed}
        />
      ) : null}
      <div className="lead">
        <AsideText text={code.summary} />
      </div>
      {code.meaning !== "known" ? (
        <div className="notice">
          <strong>{code.meaning === "unknown" ? UI.code.meaningUnknown : UI.code.meaningUncertain}</strong>
          {UI.punct.colon}
          <AsideText text={code.meaningNote ?? ""} />
        </div>
      ) : null}
      <section aria-labelledby="causes">
        <h2 id="causes">{UI.code.causesHeading}</h2>
        {causes.length > 1 ? <p className="muted">{UI.code.likelihoodNote}</p> : null}
        {causes.map(({ link, cause }, i) => (
          <CauseSection
            key={cause.id}
            cause={cause}
            index={i}
            level={3}
            badge={UI.cause.likelihood[link.likelihood]}
            note={link.note ? <AsideText text={link.note} /> : undefined}
            company={company}
            pickHref={pickHref}
          />
        ))}
      </section>
      {code.message ? (
        <section aria-labelledby="message">
          <h2 id="message">{UI.code.messageHeading}</h2>
          <div>
            {code.message.quoted ? (
              <q>{code.message.text}</q>
            ) : (
              <AsideText text={code.message.text} after={<span className="muted">{UI.code.messageParaphrase}</span>} />
            )}
          </div>
        </section>
      ) : null}
      <StopDiagram parties={stop.parties} certain={stop.certain} />
      <p className="wizard-link">
        <Link href={wizardHrefFor(code.key)}>{UI.code.actions.diagnose}</Link>
      </p>
      {code.related.length > 0 ? (
        <section aria-labelledby="related">
          <h2 id="related">{UI.code.relatedHeading}</h2>
          <CodeLinks codes={code.related.flatMap((key) => getCodeByKey(key) ?? [])} issuer={issuer} fill={fill} />
        </section>
      ) : null}
      <section aria-labelledby="sources">
        <h2 id="sources">{UI.cause.sourcesHeading}</h2>
        <SourceList ids={sourceIds} />
      </section>
      <section aria-labelledby="actions" className="no-print">
        <h2 id="actions">{UI.code.actions.heading}</h2>
        <p>
          <Link href={serviceHref(code.service)}>{UI.code.serviceLink(svc?.name ?? code.service)}</Link>
        </p>
        <PageActions />
      </section>
    </article>
  );
}
