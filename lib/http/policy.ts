/**
 * What the custom server decides for each response from its request alone:
 * which paths are personal, which may be framed, what a request may carry.
 */

/** Paths whose responses are personal: never stored by any cache. */
const PRIVATE_PREFIXES = ["/admin", "/connexion", "/api/admin", "/api/rapport", "/api/auth"];

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

/** The largest request body accepted (server actions, imports): the same limit as next.config.mjs's. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

function hasPrefix(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** Whether the response must be `private, no-store`: a personal path, or a signed-in visitor. */
export function isPersonal(path: string, cookie: string | undefined): boolean {
  return PRIVATE_PREFIXES.some((p) => hasPrefix(path, p)) || SESSION_COOKIE.test(cookie ?? "");
}

/** The open-data widget (/<slug>/widget/… on the hub, /widget/… on a campus host). */
export function isFrameable(path: string): boolean {
  return /^\/(?:[a-z]+\/)?widget(?:\/|$)/.test(path);
}

export type Refusal = { status: number; message: string };

/** A request refused before it reaches Next.js: a body too large, or one whose size is not announced. */
export function bodyRefusal(method: string | undefined, headers: { [key: string]: unknown }): Refusal | null {
  const length = headers["content-length"];
  if (typeof length === "string" && Number(length) > BODY_LIMIT_BYTES)
    return {
      status: 413,
      message: `Le contenu envoyé est trop volumineux (${Math.round(BODY_LIMIT_BYTES / 1024)} Ko au plus).`,
    };
  const hasBody = method !== "GET" && method !== "HEAD" && headers["transfer-encoding"] !== undefined;
  if (hasBody && length === undefined)
    return { status: 411, message: "La taille du contenu envoyé doit être indiquée (Content-Length)." };
  return null;
}

/**
 * A server action posted from another site (the `Origin` of the form is not
 * the host it is sent to): refused with a 403 instead of Next.js's 500.
 */
export function isForeignServerAction(headers: { [key: string]: unknown }): boolean {
  if (headers["next-action"] === undefined) return false;
  const origin = headers.origin;
  if (typeof origin !== "string") return false;
  try {
    return new URL(origin).host !== String(headers.host ?? "").toLowerCase();
  } catch {
    return true;
  }
}

/**
 * Where a page rendered for each request redirects to, read from its body.
 * With Cache Components, Next.js starts every page response with a 200 and
 * streams a later redirect() or notFound() into the HTML (it documents it);
 * the custom server holds personal pages back whole and sends the status
 * they end with — and, for a redirect, its Location taken from here.
 */
export function streamedRedirect(html: string): string | null {
  const match = /NEXT_REDIRECT;(?:replace|push);([^;"\\]+);3\d\d;/.exec(html);
  return match ? match[1] : null;
}
