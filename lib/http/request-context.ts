/**
 * What the custom server knows about the request being served, reachable
 * from any code that runs for it (the database layer included) without
 * passing it along: its id (the access log's) and whether the database
 * failed it. server.ts and the Next.js bundle load this module separately:
 * the storage lives on globalThis so that both share one.
 */
import { AsyncLocalStorage } from "node:async_hooks";

export type RequestContext = {
  requestId: string;
  /** Set by lib/db.ts when a query of this request failed because the database is down or silent. */
  databaseUnavailable?: boolean;
};

const KEY = Symbol.for("cmq.requestContext");
const holder = globalThis as { [KEY]?: AsyncLocalStorage<RequestContext> };

export const requestContext: AsyncLocalStorage<RequestContext> = (holder[KEY] ??= new AsyncLocalStorage());

/**
 * Whether the database failed lately and has not answered since: while it
 * does, the server holds HTML responses back until they end, so that a page
 * that fails after its shell was ready still answers 503 (not a 200 whose
 * content is an error). Shared like the storage above.
 */
const OUTAGE_KEY = Symbol.for("cmq.databaseOutage");
const outage = ((globalThis as { [OUTAGE_KEY]?: { failedAt: number } })[OUTAGE_KEY] ??= { failedAt: 0 });
const OUTAGE_MEMORY_MS = 60_000;

export function noteDatabaseFailure(now = Date.now()): void {
  outage.failedAt = now;
}

export function noteDatabaseAnswer(): void {
  outage.failedAt = 0;
}

export function isDatabaseFailing(now = Date.now()): boolean {
  return outage.failedAt > 0 && now - outage.failedAt < OUTAGE_MEMORY_MS;
}
