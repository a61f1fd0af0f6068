import { formatCount, plural } from "@/lib/text/plural";

/** The words of the sign-in form; one refusal message whatever the reason (no account enumeration). */
export const SIGN_IN_REFUSED = "Adresse e-mail ou mot de passe incorrect.";
/** The database (or the throttle's store) did not answer: nothing was checked, nothing counted. */
export const SERVICE_UNAVAILABLE = "Service momentanément indisponible. Réessayez dans quelques instants.";

/** "Trop de tentatives, réessayez dans 7 minutes." (whole minutes, rounded up, at least 1). */
export function throttledMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Trop de tentatives, réessayez dans ${formatCount(minutes, plural("minute"))}.`;
}
