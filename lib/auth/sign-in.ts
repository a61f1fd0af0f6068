import "server-only";
/**
 * Signing in with a password, and out. Failed attempts are limited here
 * (per e-mail + IP address, and per e-mail alone) with one refusal message
 * whatever the reason, so the form never tells whether an account exists.
 */
import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { clientAddress } from "@/lib/http/request-client";
import { forbidden, type Result } from "@/lib/result";
import { signIn, signOut, currentSessionId } from "./config";
import { attemptKey, FailureLimiter } from "./rate-limit";
import { SIGN_IN_REFUSED, SIGN_IN_THROTTLED } from "./messages";
import { revokeSession } from "./session-store";

const holder = globalThis as {
  __cmqSignInLimiter?: FailureLimiter;
  __cmqSignInEmailLimiter?: FailureLimiter;
};
/** Per e-mail + IP address: the brake on guessing. */
const limiter = (holder.__cmqSignInLimiter ??= new FailureLimiter());
/** Per e-mail alone, looser: bounds guessing spread over many (possibly forged) addresses. */
const emailLimiter = (holder.__cmqSignInEmailLimiter ??= new FailureLimiter(20));

/** Auth.js keeps a callback-url cookie during its own redirects; this site keeps only the session cookie. */
async function dropAuxiliaryCookies() {
  const jar = await cookies();
  for (const name of [
    "authjs.callback-url",
    "__Secure-authjs.callback-url",
    "authjs.csrf-token",
    "__Host-authjs.csrf-token",
  ]) {
    if (jar.has(name)) jar.delete(name);
  }
}

/** Opens a session (its cookie set on the response), or refuses with the one message of the form. */
export async function signInWithPassword(email: string, password: string): Promise<Result<object>> {
  const key = attemptKey(email, await clientAddress());
  const emailKey = attemptKey(email, "*");
  if (limiter.isBlocked(key) || emailLimiter.isBlocked(emailKey)) return forbidden(SIGN_IN_THROTTLED);
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      limiter.recordFailure(key);
      emailLimiter.recordFailure(emailKey);
      return forbidden(SIGN_IN_REFUSED);
    }
    throw error;
  }
  limiter.reset(key);
  emailLimiter.reset(emailKey);
  await dropAuxiliaryCookies();
  return { ok: true };
}

/** Ends the session of this request in the database, then its cookie. */
export async function signOutOfSession(): Promise<Result<object>> {
  const sid = await currentSessionId();
  if (sid) await revokeSession(sid);
  await signOut({ redirect: false });
  await dropAuxiliaryCookies();
  return { ok: true };
}
