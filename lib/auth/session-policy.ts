/**
 * Session lifetime rules, checked on the server on every request:
 * 30 minutes without activity, 12 hours at most, and a revoked session
 * (sign-out, deactivated account, password reset) ends at once. Two minutes
 * before the idle limit the back office offers to stay signed in.
 *
 * SESSION_IDLE_TIMEOUT_SECONDS and SESSION_IDLE_WARNING_SECONDS shorten the
 * idle limit and that warning (the browser test of the idle dialog runs an
 * instance of its own with a limit of a few seconds); unset, they are 30
 * minutes and 2 minutes.
 */
function secondsFromEnv(name: string, fallback: number): number {
  const raw = typeof process === "undefined" ? undefined : process.env[name];
  const n = raw ? Number(raw) : NaN;
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export const IDLE_TIMEOUT_MS = secondsFromEnv("SESSION_IDLE_TIMEOUT_SECONDS", 30 * 60) * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** How long before the idle limit the back office asks "Rester connecté ?" (at most half the limit). */
export const IDLE_WARNING_MS = Math.min(
  secondsFromEnv("SESSION_IDLE_WARNING_SECONDS", 2 * 60) * 1000,
  IDLE_TIMEOUT_MS / 2,
);
/** lastSeenAt is written at most once a minute (or a tenth of a shorter idle limit), not on every request. */
export const TOUCH_INTERVAL_MS = Math.min(60 * 1000, IDLE_TIMEOUT_MS / 10);

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

/** How long an active session has left before the idle limit or the absolute one, whichever comes first. */
export function sessionTimeLeftMs(session: SessionTimes, now: Date = new Date()): number {
  if (sessionState(session, now) !== "active") return 0;
  return (
    Math.min(
      session.lastSeenAt.getTime() + IDLE_TIMEOUT_MS,
      session.createdAt.getTime() + ABSOLUTE_TIMEOUT_MS,
    ) - now.getTime()
  );
}
