import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CausePage } from "@/components/cause/cause-page";
import { getCause, listCauses } from "@/lib/catalog";
import { causeHref } from "@/lib/web/links";
import { pageMetadata } from "@/lib/web/page-meta";

type Params = { cause: string };

// Every cause page is built ahead of time; anything else is a 404.
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return listCauses().map((c) => ({ cause: c.id }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const cause = getCause((await params).cause);
  if (!cause) return {};
  return pageMetadata({ title: cause.title, description: cause.summary, path: causeHref(cause.id) });
}

export default async function CauseRoute({ params }: { params: Promise<Params> }) {
  const cause = getCause((await params).cause);
  if (!cause) notFound();
  return <CausePage cause={cause} />;
}
