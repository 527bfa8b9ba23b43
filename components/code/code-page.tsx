import Link from "next/link";
import { getCodeByKey, getService, getSource, type CatalogCode } from "@/lib/catalog";
import { codeUsesIssuer, issuersForService, rankedCauses } from "@/lib/code-view";
import { codeHref, diagnoseHref, homeHref, serviceHref } from "@/lib/links";
import { breadcrumbLd } from "@/lib/page-meta";
import type { Issuer } from "@/lib/schema/issuer";
import { absoluteUrl } from "@/lib/site";
import { stoppingParties } from "@/lib/stop-party";
import { UI } from "@/lib/ui-text";
import { Breadcrumb } from "../breadcrumb";
import { JsonLd } from "../json-ld";
import { SourceList } from "../source-list";
import { CauseSection } from "./cause-section";
import { IssuerPicker } from "./issuer-picker";
import { PageActions } from "./page-actions";
import { StopDiagram } from "./stop-diagram";

/** One code's page, optionally with a card company chosen. The answer (code and meaning) comes first. */
export function CodePage({ code, issuer }: { code: CatalogCode; issuer?: Issuer }) {
  const svc = getService(code.service);
  const causes = rankedCauses(code);
  const stop = stoppingParties(
    causes.map(({ link, cause }) => ({ fixer: cause.fixer, likelihood: link.likelihood })),
    svc?.kind,
  );
  const usesIssuer = codeUsesIssuer(code);
  const path = codeHref(code.service, code.slug, issuer?.id);
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
              headline: `${svc?.name ?? ""} ${code.code}：${code.title}`,
              description: code.summary,
              inLanguage: "ja",
              url: absoluteUrl(path),
              ...(verified ? { dateModified: verified } : {}),
              about: { "@type": "Thing", name: code.code, alternateName: code.aliases },
            },
            breadcrumbLd(crumbs),
          ],
        }}
      />
      <Breadcrumb items={crumbs} />
      <h1 className="code-title">
        <span className="code-line">
          <span className="code-badge">{code.code}</span>
          <span className="muted code-service">{svc?.name}</span>
        </span>
        <span className="code-meaning">{code.title}</span>
      </h1>
      <p className="lead">{code.summary}</p>
      {code.meaning !== "known" ? (
        <p className="notice">
          <strong>{code.meaning === "unknown" ? UI.code.meaningUnknown : UI.code.meaningUncertain}</strong>：{code.meaningNote}
        </p>
      ) : null}
      {code.message ? (
        <section aria-labelledby="message">
          <h2 id="message">{UI.code.messageHeading}</h2>
          <p>
            {code.message.quoted ? <q>{code.message.text}</q> : code.message.text}
            {code.message.quoted ? null : <span className="muted">{UI.code.messageParaphrase}</span>}
          </p>
        </section>
      ) : null}
      <StopDiagram parties={stop.parties} certain={stop.certain} />
      {usesIssuer ? <IssuerPicker service={code.service} slug={code.slug} issuers={issuersForService(code.service)} featured={svc?.featuredIssuers} chosen={issuer} /> : null}
      <section aria-labelledby="causes">
        <h2 id="causes">{UI.code.causesHeading}</h2>
        {causes.length > 1 ? <p className="muted">{UI.code.likelihoodNote}</p> : null}
        {causes.map(({ link, cause }, i) => (
          <CauseSection key={cause.id} cause={cause} link={link} index={i} issuer={issuer} />
        ))}
      </section>
      <p className="wizard-link">
        <Link href={diagnoseHref(code.key)}>{UI.code.actions.diagnose}</Link>
      </p>
      {code.related.length > 0 ? (
        <section aria-labelledby="related">
          <h2 id="related">{UI.code.relatedHeading}</h2>
          <ul className="list-plain">
            {code.related.map((key) => {
              const rel = getCodeByKey(key);
              if (!rel) return null;
              return (
                <li key={key}>
                  <Link href={codeHref(rel.service, rel.slug, issuer && codeUsesIssuer(rel) ? issuer.id : undefined)}>
                    <span className="code-badge">{rel.code}</span>（{getService(rel.service)?.name}）：{rel.title}
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="sources">
        <h2 id="sources">{UI.code.sourcesHeading}</h2>
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
