/**
 * GET  /api/admin/actions  — the actions the signed-in user manages (drafts and archives included)
 * POST /api/admin/actions  — create an action (a draft) from the form's values
 */
import { authenticate, jsonError } from "@/lib/auth/route-guard";
import { listActionsForUser } from "@/lib/actions/backoffice-queries";
import { createAction } from "@/lib/actions/mutations";
import { isCampusSlug } from "@/lib/site/campuses";
import type { PublicationState } from "@/lib/generated/prisma/enums";

const PUBLICATIONS: Record<string, PublicationState> = {
  draft: "DRAFT",
  published: "PUBLISHED",
  archived: "ARCHIVED",
};

export async function GET(request: Request) {
  const auth = await authenticate(request);
  if ("response" in auth) return auth.response;
  const url = new URL(request.url);
  const campus = url.searchParams.get("campus");
  const publication = url.searchParams.get("publication");
  const page = Number(url.searchParams.get("page")) || 1;
  const result = await listActionsForUser(auth.user, {
    campus: isCampusSlug(campus) ? campus : undefined,
    publication: publication ? PUBLICATIONS[publication] : undefined,
    q: url.searchParams.get("q")?.slice(0, 200) || undefined,
    page,
  });
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
}

export async function POST(request: Request) {
  const auth = await authenticate(request);
  if ("response" in auth) return auth.response;
  const body = await request.json().catch(() => null);
  if (!body || typeof body !== "object") return jsonError(400, "Corps JSON attendu.");
  const result = await createAction(auth.user, (body as { values?: unknown }).values);
  if (result.ok)
    return Response.json({ id: result.id, version: result.version, slug: result.slug }, { status: 201 });
  if (result.reason === "invalid")
    return Response.json({ error: "Données invalides.", fieldErrors: result.fieldErrors }, { status: 400 });
  return jsonError(404, "Introuvable.");
}
