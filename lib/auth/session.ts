import "server-only";
/**
 * The signed-in user of the current request, for pages, server actions and
 * route handlers. Every call validates the server-side session (not revoked,
 * user active, idle < 30 min, age < 12 h); pages call requireUser(), route
 * handlers call getCurrentUser() and answer 401/403/404 themselves.
 */
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentSessionId } from "./config";
import { signInUrl } from "./callback-url";
import { extendSession, loadSessionUser, sessionTimeLeft } from "./session-store";
import { isUserActivity } from "./session-policy";
import type { SessionUser } from "./types";

export type { SessionUser, UserRole } from "./types";

import { REQUEST_PATH_HEADER } from "@/lib/site/hosts";

/** Validates the session on every request; only the user's own requests count as activity (not prefetches). */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const sid = await currentSessionId();
  if (!sid) return null;
  return loadSessionUser(sid, new Date(), { isActivity: isUserActivity(await headers()) });
});

/** The signed-in user, or a redirect to /connexion that comes back here afterwards. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const path = (await headers()).get(REQUEST_PATH_HEADER);
  redirect(signInUrl(path));
}

/** The current session's time left in milliseconds (0 if none), without extending it. */
export async function currentSessionTimeLeft(): Promise<number> {
  const sid = await currentSessionId();
  return sid ? sessionTimeLeft(sid) : 0;
}

/** Extends the current session (the idle dialog's "Rester connecté"); its new time left, 0 if it had ended. */
export async function keepCurrentSessionAlive(): Promise<number> {
  const sid = await currentSessionId();
  return sid ? extendSession(sid) : 0;
}
