/**
 * GET /api/admin/session — how long the signed-in session has left before
 * the idle limit, for the back office's "Rester connecté" dialog. Asking is
 * not activity: it never extends the session. 401 once it has ended.
 */
import { UNAUTHORIZED } from "@/lib/auth/route-guard";
import { currentSessionTimeLeft } from "@/lib/auth/session";

export async function GET() {
  const timeLeftMs = await currentSessionTimeLeft();
  if (timeLeftMs <= 0) return UNAUTHORIZED();
  return Response.json({ timeLeftMs }, { headers: { "Cache-Control": "private, no-store" } });
}
