/**
 * GET   /api/admin/actions/<id> — one action (draft or archived included) within the user's scope
 * PATCH /api/admin/actions/<id> — save { version, values } over that version (409 on a conflict)
 * Another campus's id answers 404, exactly like an unknown id.
 */
import { authenticate, FORBIDDEN, jsonError, NOT_FOUND } from "@/lib/auth/route-guard";
import { getActionForEdit } from "@/lib/actions/backoffice-queries";
import { updateAction } from "@/lib/actions/mutations";

export async function GET(request: Request, { params }: RouteContext<"/api/admin/actions/[id]">) {
  const auth = await authenticate(request);
  if ("response" in auth) return auth.response;
  const { id } = await params;
  const action = await getActionForEdit(auth.user, id);
  if (!action) return NOT_FOUND();
  const { values: _values, ...dto } = action;
  return Response.json(dto, { headers: { "Cache-Control": "no-store" } });
}

export async function PATCH(request: Request, { params }: RouteContext<"/api/admin/actions/[id]">) {
  const auth = await authenticate(request);
  if ("response" in auth) return auth.response;
  const { id } = await params;
  const body = (await request.json().catch(() => null)) as { version?: unknown; values?: unknown } | null;
  if (!body || typeof body !== "object") return jsonError(400, "Corps JSON attendu.");
  const result = await updateAction(auth.user, id, Number(body.version), body.values);
  if (result.ok)
    return Response.json({
      id: result.id,
      version: result.version,
      slug: result.slug,
      changed: result.changed,
    });
  switch (result.reason) {
    case "not_found":
      return NOT_FOUND();
    case "forbidden":
      return FORBIDDEN();
    case "invalid":
      return Response.json({ error: "Données invalides.", fieldErrors: result.fieldErrors }, { status: 400 });
    case "conflict":
      return Response.json({ error: "Conflit de version.", current: result.current }, { status: 409 });
  }
}
