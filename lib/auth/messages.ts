/** The words of the sign-in form; one refusal message whatever the reason (no account enumeration). */
export const SIGN_IN_REFUSED = "Adresse e-mail ou mot de passe incorrect.";
export const SIGN_IN_THROTTLED = "Trop de tentatives de connexion. Réessayez dans 15 minutes.";
