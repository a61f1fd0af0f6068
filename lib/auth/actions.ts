"use server";
/**
 * Sign-in and sign-out, as server actions of the /connexion form and of the
 * back office's "Se déconnecter" button.
 */
import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { clientAddress } from "@/lib/http/request-client";
import { redirect } from "next/navigation";
import { signIn, signOut, currentSessionId } from "./config";
import { safeCallbackUrl } from "./callback-url";
import { attemptKey, FailureLimiter } from "./rate-limit";
import { SIGN_IN_REFUSED, SIGN_IN_THROTTLED, type SignInState } from "./messages";
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

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  const callbackUrl = safeCallbackUrl(formData.get("callbackUrl"));

  const fieldErrors: SignInState["fieldErrors"] = {};
  if (!email) fieldErrors.email = "Saisissez votre adresse e-mail.";
  if (!password) fieldErrors.password = "Saisissez votre mot de passe.";
  if (fieldErrors.email || fieldErrors.password) {
    return { status: "invalid", message: "Le formulaire contient des erreurs.", fieldErrors, email };
  }

  const key = attemptKey(email, await clientAddress());
  const emailKey = attemptKey(email, "*");
  if (limiter.isBlocked(key) || emailLimiter.isBlocked(emailKey))
    return { status: "refused", message: SIGN_IN_THROTTLED, email };

  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      limiter.recordFailure(key);
      emailLimiter.recordFailure(emailKey);
      return { status: "refused", message: SIGN_IN_REFUSED, email };
    }
    throw error;
  }
  limiter.reset(key);
  emailLimiter.reset(emailKey);
  await dropAuxiliaryCookies();
  redirect(callbackUrl);
}

export async function signOutAction(): Promise<void> {
  const sid = await currentSessionId();
  if (sid) await revokeSession(sid);
  await signOut({ redirect: false });
  await dropAuxiliaryCookies();
  redirect("/connexion?deconnexion=1");
}
