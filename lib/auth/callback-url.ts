/**
 * Where to go after signing in. Only a same-origin relative path is
 * accepted ("/admin/actions/abc"); anything else ("//evil.example",
 * "https://…", "/\\evil", "javascript:") falls back to the back office home.
 */
export const DEFAULT_AFTER_SIGN_IN = "/admin";

export function safeCallbackUrl(value: unknown, fallback: string = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof value !== "string") return fallback;
  const raw = value.trim();
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return fallback;
  const base = "http://same-origin.invalid";
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  // Never send someone back to the sign-in page itself.
  if (url.pathname === "/connexion") return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in address that brings the visitor back to `path` afterwards. */
export function signInUrl(path: string | null | undefined): string {
  return `/connexion?callbackUrl=${encodeURIComponent(safeCallbackUrl(path ?? undefined))}`;
}
