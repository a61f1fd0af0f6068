/**
 * What the custom server decides for each response from its request alone:
 * which paths are personal, which may be framed, what a request may carry.
 */

import { MAX_UPLOAD_BYTES, MEDIA_MESSAGES } from "@/lib/media/rules";

/** Paths whose responses are personal: never stored by any cache. */
const PRIVATE_PREFIXES = ["/admin", "/connexion", "/api/admin", "/api/rapport", "/api/auth"];

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

/** The largest request body accepted (server actions, imports): the same limit as next.config.mjs's. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** The upload route of images and documents, and its larger limit: the file (lib/media/rules.ts) and its form. */
export const MEDIA_UPLOAD_PATH = "/api/admin/media";
export const MEDIA_UPLOAD_LIMIT_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

/** Uploaded files (`/media/<id>/<name>`): served by their own route, with their own headers. */
export function isMediaPath(path: string): boolean {
  return path.startsWith("/media/");
}

function hasPrefix(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** Whether the response must be `private, no-store`: a personal path, or a signed-in visitor. */
export function isPersonal(path: string, cookie: string | undefined): boolean {
  // A file decides for itself: public ones are cached, those of a draft are private (lib/media/serve.ts).
  if (isMediaPath(path)) return false;
  return PRIVATE_PREFIXES.some((p) => hasPrefix(path, p)) || SESSION_COOKIE.test(cookie ?? "");
}

/** The open-data widget (/<slug>/widget/… on the hub, /widget/… on a campus host). */
export function isFrameable(path: string): boolean {
  return /^\/(?:[a-z]+\/)?widget(?:\/|$)/.test(path);
}

export type Refusal = { status: number; message: string };

/** A request refused before it reaches Next.js: a body too large, or one whose size is not announced. */
export function bodyRefusal(
  method: string | undefined,
  headers: { [key: string]: unknown },
  path = "",
): Refusal | null {
  const length = headers["content-length"];
  const isUpload = path === MEDIA_UPLOAD_PATH;
  const limit = isUpload ? MEDIA_UPLOAD_LIMIT_BYTES : BODY_LIMIT_BYTES;
  if (typeof length === "string" && Number(length) > limit)
    return {
      status: 413,
      message: isUpload
        ? MEDIA_MESSAGES.tooLarge
        : `Le contenu envoyé est trop volumineux (${Math.round(BODY_LIMIT_BYTES / 1024)} Ko au plus).`,
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
