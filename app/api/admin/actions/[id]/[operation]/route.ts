/**
 * POST /api/admin/actions/<id>/<publish|unpublish|archive|restore>
 * POST /api/admin/actions/<id>/revert   { "version": n }
 */
import { authenticate, FORBIDDEN, jsonError, NOT_FOUND } from "@/lib/auth/route-guard";
import { changeActionPublication, revertAction, type ActionSaved } from "@/lib/actions/mutations";
import { actionOperationSchema } from "@/lib/actions/schema";

function answer(result: ActionSaved): Response {
  if (result.ok) return Response.json({ id: result.id, version: result.version });
  switch (result.reason) {
    case "not_found":
      return NOT_FOUND();
    case "forbidden":
      return FORBIDDEN();
    case "invalid":
      return Response.json(
        { error: result.fieldErrors._form ?? "Opération impossible.", fieldErrors: result.fieldErrors },
        { status: 409 },
      );
    case "conflict":
      return Response.json({ error: "Conflit de version.", current: result.current }, { status: 409 });
  }
}

export async function POST(
  request: Request,
  { params }: RouteContext<"/api/admin/actions/[id]/[operation]">,
) {
  const auth = await authenticate(request);
  if ("response" in auth) return auth.response;
  const { id, operation } = await params;
  if (operation === "revert") {
    const body = (await request.json().catch(() => null)) as { version?: unknown } | null;
    return answer(await revertAction(auth.user, id, Number(body?.version)));
  }
  const op = actionOperationSchema.safeParse(operation);
  if (!op.success) return jsonError(404, "Opération inconnue.");
  return answer(await changeActionPublication(auth.user, id, op.data));
}
