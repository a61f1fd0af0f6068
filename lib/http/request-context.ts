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
