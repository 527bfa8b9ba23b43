import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CauseSection } from "@/components/code/cause-section";
import { SourceList } from "@/components/source-list";
import { getCause, getCode, getCodeByKey, getService, listCodes } from "@/lib/catalog";
import { codeHref } from "@/lib/links";
import { UI } from "@/lib/ui-text";

type Params = { service: string; code: string };

// Every code page is built ahead of time; anything else is a 404.
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return listCodes().map((c) => ({ service: c.service, code: c.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { service, code: slug } = await params;
  const code = getCode(service, slug);
  if (!code) return {};
  const svc = getService(code.service);
  return {
    title: `${svc?.name ?? ""} ${code.code}：${code.title}`,
    description: code.summary,
  };
}

export default async function CodePage({ params }: { params: Promise<Params> }) {
  const { service, code: slug } = await params;
  const code = getCode(service, slug);
  if (!code) notFound();
  const svc = getService(code.service);
  const causes = code.causes.flatMap((link) => {
    const cause = getCause(link.cause);
    return cause ? [{ link, cause }] : [];
  });

  return (
    <article>
      <nav aria-label="パンくずリスト" className="breadcrumb">
        <ol>
          <li>
            <Link href="/">{UI.nav.home}</Link>
          </li>
          <li>{svc?.name}</li>
          <li aria-current="page">{code.code}</li>
        </ol>
      </nav>
      <h1>
        <span className="code-badge">{code.code}</span>
        <span className="muted">（{svc?.name}）</span>
        <br />
        {code.title}
      </h1>
      {code.meaning !== "known" ? (
        <p className="notice">
          <strong>{code.meaning === "unknown" ? UI.code.meaningUnknown : UI.code.meaningUncertain}</strong>
          ：{code.meaningNote}
        </p>
      ) : null}
      <section aria-labelledby="meaning">
        <h2 id="meaning">{UI.code.meaningHeading}</h2>
        <p>{code.summary}</p>
      </section>
      {code.message ? (
        <section aria-labelledby="message">
          <h2 id="message">{UI.code.messageHeading}</h2>
          <p>
            {code.message.text}
            {code.message.quoted ? null : <span className="muted">{UI.code.messageParaphrase}</span>}
          </p>
        </section>
      ) : null}
      <section aria-labelledby="causes">
        <h2 id="causes">{UI.code.causesHeading}</h2>
        {causes.map(({ link, cause }, i) => (
          <CauseSection key={cause.id} cause={cause} link={link} index={i} />
        ))}
      </section>
      {code.related.length > 0 ? (
        <section aria-labelledby="related">
          <h2 id="related">{UI.code.relatedHeading}</h2>
          <ul className="list-plain">
            {code.related.map((key) => {
              const rel = getCodeByKey(key);
              if (!rel) return null;
              return (
                <li key={key}>
                  <Link href={codeHref(rel.service, rel.slug)}>
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
        <SourceList ids={[...code.sources, ...(code.message?.sources ?? [])]} />
      </section>
    </article>
  );
}
