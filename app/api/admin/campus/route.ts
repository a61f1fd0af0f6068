/** GET /api/admin/campus — the six campuses' ids by slug, for the signed-in back office (forms, scripts). */
import { authenticate } from "@/lib/auth/route-guard";
import { campusIdsBySlug } from "@/lib/campuses/backoffice-queries";

export async function GET(request: Request) {
  const auth = await authenticate(request);
  if ("response" in auth) return auth.response;
  return Response.json(await campusIdsBySlug(), { headers: { "Cache-Control": "no-store" } });
}
