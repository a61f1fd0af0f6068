import "server-only";
/**
 * Server-side sessions: the truth behind the signed cookie (which only
 * carries a Session id). Validated on every request, revoked at once.
 */
import { db } from "@/lib/db";
import { isCampusSlug } from "@/lib/site/campuses";
import { sessionState, sessionTimeLeftMs, shouldTouch } from "./session-policy";
import type { SessionUser } from "./types";
import { isCampusDirector } from "./permissions";

export async function createSession(userId: string): Promise<string> {
  const session = await db.session.create({ data: { userId }, select: { id: true } });
  return session.id;
}

/**
 * The user behind a session id, or null when the session is unknown,
 * revoked, idle for 30 minutes, older than 12 hours, or its user is
 * deactivated. Refreshes lastSeenAt (at most once a minute) when the request
 * is the user's own activity (`isActivity`, see isUserActivity), not a prefetch.
 */
export async function loadSessionUser(
  sessionId: string,
  now: Date = new Date(),
  { isActivity = true }: { isActivity?: boolean } = {},
): Promise<SessionUser | null> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      createdAt: true,
      lastSeenAt: true,
      revokedAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          isActive: true,
          campusId: true,
          campus: { select: { slug: true } },
        },
      },
    },
  });
  if (!session || sessionState(session, now) !== "active" || !session.user.isActive) return null;
  const { user } = session;
  const campusSlug = user.campus && isCampusSlug(user.campus.slug) ? user.campus.slug : null;
  // A DO without a campus manages nothing: refuse the session rather than guess.
  if (isCampusDirector(user) && (!user.campusId || !campusSlug)) return null;
  if (isActivity && shouldTouch(session, now)) {
    await db.session.updateMany({ where: { id: session.id, revokedAt: null }, data: { lastSeenAt: now } });
  }
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    campusId: isCampusDirector(user) ? user.campusId : null,
    campusSlug: isCampusDirector(user) ? campusSlug : null,
  };
}

export async function revokeSession(sessionId: string, now: Date = new Date()): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/**
 * How long the session has left (0 when it has ended), read without
 * counting as activity: asking does not keep a session alive.
 */
export async function sessionTimeLeft(sessionId: string, now: Date = new Date()): Promise<number> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: { createdAt: true, lastSeenAt: true, revokedAt: true, user: { select: { isActive: true } } },
  });
  if (!session || !session.user.isActive) return 0;
  return Math.max(0, sessionTimeLeftMs(session, now));
}

/** "Rester connecté": the session's idle time starts again now (an ended session stays ended). */
export async function extendSession(sessionId: string, now: Date = new Date()): Promise<number> {
  const left = await sessionTimeLeft(sessionId, now);
  if (left <= 0) return 0;
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { lastSeenAt: now } });
  return sessionTimeLeft(sessionId, now);
}
