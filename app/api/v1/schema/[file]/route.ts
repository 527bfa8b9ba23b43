import { jsonSchemaOf, SCHEMA_NAMES } from "@/lib/json-schemas";

type Params = { file: string };

// /api/v1/schema/{source,brand,service,issuer,cause,code}.json, prerendered.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return SCHEMA_NAMES.map((n) => ({ file: `${n}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { file } = await params;
  const schema = file.endsWith(".json") ? jsonSchemaOf(file.slice(0, -".json".length)) : undefined;
  if (!schema) return Response.json({ error: "not found" }, { status: 404 });
  return Response.json(schema);
}
