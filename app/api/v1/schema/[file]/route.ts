import { buildJsonSchemaFiles, DATA_FILE_SCHEMAS } from "@/lib/catalog/json-schema";
import { API_SCHEMAS, buildApiSchemaFiles } from "@/lib/views/api-v1-schema";

type Params = { file: string };

// /api/v1/schema/{codes,causes,issuers,…}.schema.json, prerendered: the data files' schemas, the same text as
// data/schema/*.schema.json (both come from the zod schemas through lib/catalog/json-schema, and a unit test
// keeps the files current); and api-codes.schema.json, api-code.schema.json: the API's own documents
// (lib/views/api-v1-schema), Japanese fields with their English under `en`.
export const dynamic = "force-static";
export const dynamicParams = false;

const FILES = [...Object.keys(DATA_FILE_SCHEMAS), ...Object.keys(API_SCHEMAS)];

export function generateStaticParams(): Params[] {
  return FILES.map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { file } = await params;
  const text: Record<string, string> = { ...buildJsonSchemaFiles(), ...buildApiSchemaFiles() };
  if (!Object.hasOwn(text, file)) return Response.json({ error: "not found" }, { status: 404 });
  return new Response(text[file], {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}
