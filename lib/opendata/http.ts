/**
 * HTTP conventions shared by every open data response: a strong ETag (hash
 * of the body) with 304 on a matching If-None-Match, a short public cache,
 * and CORS open to every origin for reading.
 */
import { createHash } from "node:crypto";
import type { Problem } from "./dto";

export const CACHE_CONTROL = "public, max-age=60";

export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Link, Content-Disposition",
};

/** Incremental strong ETag: a SHA-256 of the exact bytes sent. */
export class EtagHasher {
  private hash = createHash("sha256");
  update(chunk: string | Uint8Array): this {
    this.hash.update(chunk);
    return this;
  }
  digest(): string {
    return `"${this.hash.digest("base64url")}"`;
  }
}

export function etagOf(body: string | Uint8Array): string {
  return new EtagHasher().update(body).digest();
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/ prefixes are ignored. */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => bare(tag) === bare(etag));
}

function baseHeaders(etag: string, extra: Record<string, string> = {}): Headers {
  return new Headers({ ...CORS_HEADERS, "Cache-Control": CACHE_CONTROL, ETag: etag, ...extra });
}

function notModified(etag: string, extra: Record<string, string>): Response {
  // A 304 repeats the validators and caching headers of the 200 it stands for.
  const headers = baseHeaders(etag);
  for (const key of ["Content-Location", "Vary", "Link"]) if (extra[key]) headers.set(key, extra[key]);
  return new Response(null, { status: 304, headers });
}

/** A complete body: ETag computed here, 304 when the client already has it. */
export function sendBody(
  request: Request,
  body: string | Uint8Array<ArrayBuffer>,
  contentType: string,
  extra: Record<string, string> = {},
  status = 200,
  /** The body's ETag when already known (a cached body keeps its own). */
  etag = etagOf(body),
): Response {
  if (status === 200 && etagMatches(request.headers.get("if-none-match"), etag))
    return notModified(etag, extra);
  return new Response(body, {
    status,
    headers: baseHeaders(etag, { "Content-Type": contentType, ...extra }),
  });
}

export function sendJson(request: Request, value: unknown, extra: Record<string, string> = {}): Response {
  return sendBody(request, JSON.stringify(value), "application/json; charset=utf-8", extra);
}

export function sendProblem(request: Request, problem: Problem): Response {
  // A server failure is temporary: no cache may keep it.
  const extra: Record<string, string> = problem.status >= 500 ? { "Cache-Control": "no-store" } : {};
  return sendBody(request, JSON.stringify(problem), "application/problem+json", extra, problem.status);
}

/**
 * A streamed body whose ETag is known beforehand (computed by a first pass
 * over the same content): sent as a stream, or 304.
 */
export function sendStream(
  request: Request,
  etag: string,
  stream: () => ReadableStream<Uint8Array>,
  contentType: string,
  extra: Record<string, string> = {},
): Response {
  if (etagMatches(request.headers.get("if-none-match"), etag)) return notModified(etag, extra);
  return new Response(stream(), {
    status: 200,
    headers: baseHeaders(etag, { "Content-Type": contentType, ...extra }),
  });
}

/**
 * CORS preflight: reading is open to every origin. Requested headers are
 * allowed as asked: the API is public, read-only and uses no credentials.
 */
export function preflight(request: Request): Response {
  const requested = request.headers.get("access-control-request-headers");
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": requested?.trim() || "Accept, If-None-Match, Cache-Control",
      "Access-Control-Max-Age": "86400",
      Allow: "GET, HEAD, OPTIONS",
    },
  });
}
