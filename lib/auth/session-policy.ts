/**
 * Session lifetime rules, checked on the server on every request:
 * 30 minutes without activity, 12 hours at most, and a revoked session
 * (sign-out, deactivated account, password reset) ends at once.
 */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most once a minute, not on every request. */
export const TOUCH_INTERVAL_MS = 60 * 1000;

export type SessionTimes = { createdAt: Date; lastSeenAt: Date; revokedAt: Date | null };
export type SessionState = "active" | "revoked" | "idle" | "expired";

export function sessionState(session: SessionTimes, now: Date = new Date()): SessionState {
  if (session.revokedAt) return "revoked";
  if (now.getTime() - session.createdAt.getTime() >= ABSOLUTE_TIMEOUT_MS) return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() >= IDLE_TIMEOUT_MS) return "idle";
  return "active";
}

export function shouldTouch(session: Pick<SessionTimes, "lastSeenAt">, now: Date = new Date()): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;
}
