/**
 * One JSON line per request on stdout (pino): method, path, status,
 * duration, request id. Never a body, a query string (it may hold an
 * e-mail address or a search), a cookie or any other header.
 */
import { randomUUID } from "node:crypto";
import pino from "pino";

/** Request header carrying the request id, set by the custom server (or a trusted proxy) and logged. */
export const REQUEST_ID_HEADER = "x-request-id";

export const logger = pino({ base: undefined, timestamp: pino.stdTimeFunctions.isoTime });

/** The request id: a trusted proxy's, else a new one. */
export function requestIdOf(forwarded: string | string[] | undefined, trustedProxies: number): string {
  const id = typeof forwarded === "string" ? forwarded.trim() : "";
  return trustedProxies > 0 && /^[\w.-]{1,128}$/.test(id) ? id : randomUUID();
}

export type AccessEntry = {
  requestId: string;
  method: string;
  /** The path asked for, without its query string. */
  path: string;
  status: number;
  durationMs: number;
  /** True when the client went away before the end of the response. */
  aborted?: boolean;
};

export function logAccess(entry: AccessEntry): void {
  logger.info({ ...entry, durationMs: Math.round(entry.durationMs * 10) / 10 }, "request");
}
