import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CausePage } from "@/components/cause/cause-page";
import { prerenderParams } from "@/lib/views/build-mode";
import { getCause, getIssuer } from "@/lib/catalog";
import { causeIssuerParams, causeUsesIssuer } from "@/lib/views/code";
import { causeHref } from "@/lib/web/links";
import { pageMetadata } from "@/lib/web/page-meta";
import { UI } from "@/lib/ui-text";

type Params = { cause: string; issuer: string };

// A cause page with one card company chosen, for every cause whose steps use the company's own parts, so
// the choice is a plain link that works without JavaScript. As with code pages' company variants
// (app/codes/[service]/[code]/[issuer]): a file each in the static export, rendered on first request and
// kept in server mode; the server sends addresses the catalog does not name to the not-found page.

export function generateStaticParams(): Params[] {
  return prerenderParams(causeIssuerParams);
}

function resolve({ cause: causeId, issuer: issuerId }: Params) {
  const cause = getCause(causeId);
  const issuer = getIssuer(issuerId);
  return cause && issuer && causeUsesIssuer(cause) ? { cause, issuer } : undefined;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = resolve(await params);
  if (!found) return {};
  const { cause, issuer } = found;
  return pageMetadata({
    title: UI.pages.cause.metaTitleIssuer(cause.title, issuer.names.ja),
    description: UI.pages.cause.metaDescriptionIssuer(cause.summary, issuer.names.ja),
    path: causeHref(cause.id, issuer.id),
  });
}

export default async function CauseIssuerRoute({ params }: { params: Promise<Params> }) {
  const found = resolve(await params);
  if (!found) notFound();
  return <CausePage cause={found.cause} issuer={found.issuer} />;
}
