import { buildJsonSchemaFiles, DATA_FILE_SCHEMAS, type JsonSchemaFileName } from "@/lib/catalog/json-schema";

type Params = { file: string };

// /api/v1/schema/{codes,causes,issuers,…}.schema.json, prerendered: the same text as data/schema/*.schema.json
// (both come from the zod schemas through lib/catalog/json-schema, and a unit test keeps the files current).
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return Object.keys(DATA_FILE_SCHEMAS).map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { file } = await params;
  if (!Object.hasOwn(DATA_FILE_SCHEMAS, file)) return Response.json({ error: "not found" }, { status: 404 });
  return new Response(buildJsonSchemaFiles()[file as JsonSchemaFileName], {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}
