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

/**
 * Whether a request is real activity of the person signed in, the only kind
 * that may refresh lastSeenAt: a page opened, a form sent, "Rester connecté",
 * an autosave. A request the browser or Next's router makes on its own does
 * not count, or a DO who leaves the back office open would never be signed
 * out: prefetches of the menu's <Link>s and of links scrolled into view
 * (`Next-Router-Prefetch`, `Next-Router-Segment-Prefetch`) and the browser's
 * speculative loads (`Sec-Purpose: prefetch`, older `Purpose: prefetch`).
 *
 * The autosave of a working copy does count (lib/working-copies, the idle
 * dialog reads the time left again before warning "so activity in another
 * tab or an autosave is taken into account"): it fires only a few seconds
 * after the person typed, so it is their typing that it reports, and a DO
 * writing a long text without saving must not be signed out under it. The
 * idle dialog's own polling (/api/admin/session) never counts either: it
 * reads the time left without touching the session.
 */
export function isUserActivity(headers: Pick<Headers, "get">): boolean {
  if (headers.get("next-router-prefetch") !== null) return false;
  if (headers.get("next-router-segment-prefetch") !== null) return false;
  const purpose = `${headers.get("sec-purpose") ?? ""},${headers.get("purpose") ?? ""}`.toLowerCase();
  return !/\bprefetch\b/.test(purpose);
}

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
