import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CodePage } from "@/components/code/code-page";
import { getCode, getService, listCodes } from "@/lib/catalog";
import { codeHref } from "@/lib/web/links";
import { pageMetadata } from "@/lib/web/page-meta";
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
  return pageMetadata({
    title: UI.code.metaTitle(getService(code.service)?.name ?? code.service, code.code, code.title),
    description: code.summary,
    path: codeHref(code.service, code.slug),
  });
}

export default async function CodeRoute({ params }: { params: Promise<Params> }) {
  const { service, code: slug } = await params;
  const code = getCode(service, slug);
  if (!code) notFound();
  return <CodePage code={code} />;
}
