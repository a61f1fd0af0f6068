import "server-only";
/**
 * Signing in with a password, and out. Attempts are limited by the shared
 * password throttle (lib/auth/throttle.ts), with one refusal message
 * whatever the reason, so the form never tells whether an account exists.
 */
import { CredentialsSignin } from "next-auth";
import { cookies } from "next/headers";
import { clientAddress } from "@/lib/http/request-client";
import { forbidden, type Result } from "@/lib/result";
import { signIn, signOut, currentSessionId } from "./config";
import { SERVICE_UNAVAILABLE, SIGN_IN_REFUSED, throttledMessage } from "./messages";
import { revokeSession } from "./session-store";
import { throttledPasswordCheck } from "./throttle";

function isCredentialsRefusal(error: unknown): boolean {
  return (
    error instanceof CredentialsSignin || (error as { type?: string } | null)?.type === "CredentialsSignin"
  );
}

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

/**
 * Opens a session (its cookie set on the response), or refuses with the one
 * message of the form. The attempt is counted before Auth.js checks the
 * password (lib/auth/throttle.ts); a database failure is "unavailable",
 * never "incorrect", and counts nothing.
 */
export async function signInWithPassword(email: string, password: string): Promise<Result<object>> {
  const verdict = await throttledPasswordCheck(
    { account: email, address: await clientAddress() },
    async () => {
      try {
        await signIn("credentials", { email, password, redirect: false });
        return true;
      } catch (error) {
        // A wrong password (or unknown or inactive account); anything else, such
        // as a database error wrapped in CallbackRouteError, is thrown on.
        if (isCredentialsRefusal(error)) return null;
        throw error;
      }
    },
  );
  switch (verdict.status) {
    case "accepted":
      await dropAuxiliaryCookies();
      return { ok: true };
    case "refused":
      return forbidden(SIGN_IN_REFUSED);
    case "throttled":
      return forbidden(throttledMessage(verdict.retryAfterMs));
    case "unavailable":
      return forbidden(SERVICE_UNAVAILABLE);
  }
}

/** Ends the session of this request in the database, then its cookie. */
export async function signOutOfSession(): Promise<Result<object>> {
  const sid = await currentSessionId();
  if (sid) await revokeSession(sid);
  await signOut({ redirect: false });
  await dropAuxiliaryCookies();
  return { ok: true };
}
