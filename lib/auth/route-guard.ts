import "server-only";
/**
 * For route handlers of the back office: the signed-in user or a 401, and a
 * same-origin check on writes (the session cookie is SameSite=Lax; this
 * refuses cross-site form posts and scripted requests from other origins).
 */
import { getCurrentUser } from "./session";
import type { SessionUser } from "./types";

export function jsonError(status: number, message: string): Response {
  return Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store" } });
}

export const UNAUTHORIZED = () => jsonError(401, "Authentification requise.");
export const FORBIDDEN = () => jsonError(403, "Accès refusé.");
export const NOT_FOUND = () => jsonError(404, "Introuvable.");

function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") !== "cross-site";
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function authenticate(
  request: Request,
): Promise<{ user: SessionUser } | { response: Response }> {
  const write = !["GET", "HEAD", "OPTIONS"].includes(request.method);
  if (write && !isSameOrigin(request)) return { response: FORBIDDEN() };
  const user = await getCurrentUser();
  if (!user) return { response: UNAUTHORIZED() };
  return { user };
}
