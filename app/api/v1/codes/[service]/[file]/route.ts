import { codeDetail } from "@/lib/views/api-v1";
import { listCodes } from "@/lib/catalog";

type Params = { service: string; file: string };

// One file per code, /api/v1/codes/{service}/{slug}.json, prerendered; anything else is a 404.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return listCodes().map((c) => ({ service: c.service, file: `${c.slug}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { service, file } = await params;
  const detail = file.endsWith(".json") ? codeDetail(service, file.slice(0, -".json".length)) : undefined;
  if (!detail) return Response.json({ error: "not found" }, { status: 404 });
  return Response.json(detail);
}
