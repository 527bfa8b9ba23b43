import { Fragment } from "react";
import { factLine, lineSources } from "@/lib/issuers/part-facts";
import { type Issuer, ISSUER_FACT_KEYS } from "@/lib/catalog/schema/issuer";
import { UI } from "@/lib/ui-text";
import { SourceNote } from "../sources/source-note";
import { FactText, ThreeDSecureLink, UnknownFacts } from "./issuer-part";

/**
 * Everything we know about one card company's checks, as a definition list. The facts no source gives
 * yet are said once, together, with the official way to reach the company: never one 「まだ確かめられて
 * いません」 per fact.
 */
export function IssuerFacts({ issuer }: { issuer: Issuer }) {
  const t = UI.company;
  const name = issuer.names.ja;
  const lines = ISSUER_FACT_KEYS.map((key) => ({ key, line: factLine(issuer, key) }));
  const unknown = lines.filter((l) => l.line === undefined).map((l) => t.topic[l.key]);
  return (
    <div className="company-facts" data-company-box="">
      <dl className="facts">
        <dt>{t.threeDSecure}</dt>
        <dd>
          <ThreeDSecureLink issuer={issuer} />
          <SourceNote ids={issuer.threeDSecure.sources} />
        </dd>
        {lines.map(({ key, line }) =>
          line ? (
            <Fragment key={key}>
              <dt>{t.topic[key]}</dt>
              <dd>
                <FactText line={line} name={name} labelled={false} />
                <SourceNote ids={lineSources(line)} />
              </dd>
            </Fragment>
          ) : null,
        )}
      </dl>
      {unknown.length > 0 ? (
        <div className="facts-unknown">
          <UnknownFacts issuer={issuer} topics={unknown} siteShown contactShown={issuer.contact !== undefined} />
        </div>
      ) : null}
    </div>
  );
}
