/**
 * The digest of an error page caused by an unavailable database
 * (lib/db.ts sets it): a prefix the error boundary recognises (it shows
 * "Service momentanément indisponible"), then the request id it shows as
 * the reference, the one of the access log line. Pure: loaded in the
 * browser by the error page.
 */
export const UNAVAILABLE_DIGEST_PREFIX = "indisponible:";

export function unavailableReference(digest: string | undefined): string | null {
  return digest?.startsWith(UNAVAILABLE_DIGEST_PREFIX)
    ? digest.slice(UNAVAILABLE_DIGEST_PREFIX.length)
    : null;
}
