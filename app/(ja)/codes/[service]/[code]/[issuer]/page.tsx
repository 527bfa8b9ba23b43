import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CodePage } from "@/components/code/code-page";
import { prerenderParams } from "@/lib/views/build-mode";
import { getCode, getIssuer, getService } from "@/lib/catalog";
import { codeIssuerParams, codeUsesIssuer } from "@/lib/views/code";
import { codeHref } from "@/lib/web/links";
import { pageMetadata } from "@/lib/web/page-meta";
import { UI } from "@/lib/ui-text";

type Params = { service: string; code: string; issuer: string };

// A code page with one card company chosen, for every code whose steps use the company's own parts, so
// the choice is a plain link that works without JavaScript. A file for each in the static export; in
// server mode rendered on first request and then kept (thousands of them would slow every build). The
// server sends any address the catalog does not name to the not-found page before rendering
// (server/guard.mjs); resolve below is the second line. No `dynamicParams` export on purpose: it must be a
// literal, the default (true) is what server mode needs, and the export only takes the default.

export function generateStaticParams(): Params[] {
  return prerenderParams(codeIssuerParams);
}

function resolve({ service, code: slug, issuer: issuerId }: Params) {
  const code = getCode(service, slug);
  const issuer = getIssuer(issuerId);
  return code && issuer && codeUsesIssuer(code) ? { code, issuer } : undefined;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = resolve(await params);
  if (!found) return {};
  const { code, issuer } = found;
  return pageMetadata({
    title: UI.code.metaTitleIssuer(getService(code.service)?.name ?? code.service, code.code, issuer.names.ja),
    description: UI.code.metaDescriptionIssuer(code.summary, issuer.names.ja),
    path: codeHref(code.service, code.slug, issuer.id),
  });
}

export default async function CodeIssuerRoute({ params }: { params: Promise<Params> }) {
  const found = resolve(await params);
  if (!found) notFound();
  return <CodePage code={found.code} issuer={found.issuer} />;
}
