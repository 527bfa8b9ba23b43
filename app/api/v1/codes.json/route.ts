import { codesIndex } from "@/lib/views/api-v1";

// Prerendered at build time (also into the static export as out/api/v1/codes.json).
export const dynamic = "force-static";

export function GET() {
  return Response.json(codesIndex());
}
