/**
 * Builds the Prisma driver adapter for the configured database. The same
 * factory serves the application client and the migration engine.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseConfig } from "./config";

/**
 * Opens an embedded database with the extensions the search relies on.
 * Only one process may open a PGlite folder at a time. Queries wait for
 * the instance to be ready, so this stays synchronous.
 */
export function openPGlite(dataDir: string): PGlite {
  if (!dataDir.startsWith("memory://")) mkdirSync(path.dirname(dataDir), { recursive: true });
  return new PGlite(dataDir, { extensions: { unaccent, pg_trgm } });
}

/**
 * How long the portal waits on a PostgreSQL server before it gives up, so
 * that a server that is down or silent costs a request a few seconds, never
 * a hang, and the pool heals by itself when the server is back:
 * - connect: a new connection (TCP and start-up) or a free one from the pool;
 * - statement: the server cancels a statement running longer (server side);
 * - query: the client stops waiting for an answer (a silent server or a
 *   half-open connection), and the connection is then destroyed, never reused;
 * - idleInTransaction: the server ends a session left inside a transaction;
 * - idle: an unused connection is closed (and a fresh one opened later);
 * - keepAlive: TCP keep-alive probes, so that a dead peer is noticed.
 */
export const DATABASE_TIMEOUTS = {
  connectMs: 3_000,
  statementMs: 5_000,
  queryMs: 6_000,
  idleInTransactionMs: 10_000,
  idleMs: 10_000,
  keepAliveDelayMs: 10_000,
} as const;

/**
 * Set on each new connection (not as start-up parameters, which connection
 * poolers such as PgBouncer refuse). PostgreSQL's default prices a random
 * page read as four sequential ones (spinning disks); the portal's data fits
 * in memory: at that price the planner scans whole tables instead of using
 * the search indexes, and the site search is ten times slower at ten times
 * the data. 1.1 is the usual value for SSD and memory. PGlite holds small
 * embedded databases and keeps its defaults.
 */
const PLANNER_SETTINGS = "SET random_page_cost = 1.1";
const SESSION_SETTINGS = [
  PLANNER_SETTINGS,
  `SET statement_timeout = ${DATABASE_TIMEOUTS.statementMs}`,
  `SET idle_in_transaction_session_timeout = ${DATABASE_TIMEOUTS.idleInTransactionMs}`,
].join("; ");
const noop = () => {};

const isReadTimeout = (error: unknown) => error instanceof Error && error.message === "Query read timeout";

/**
 * pg's query timeout answers the caller but leaves the connection waiting
 * for the lost answer: the next query on it (inside a transaction, or the
 * connection back in the pool) would wait as well. Destroying its socket
 * makes the pool drop it and open a new one.
 */
function destroyOnReadTimeout(client: pg.ClientBase) {
  const destroy = () =>
    (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      args[last] = (error: unknown, result: unknown) => {
        if (isReadTimeout(error)) destroy();
        return (callback as (e: unknown, r: unknown) => unknown)(error, result);
      };
      return query(...args);
    }
    const result = query(...args);
    if (result instanceof Promise) result.catch((error: unknown) => isReadTimeout(error) && destroy());
    return result;
  };
}

/**
 * The pool of connections to a PostgreSQL server. Serving requests, it has
 * the timeouts above; migrations and seeding (which may run long
 * statements, before the server starts) only the planner setting.
 */
export function createPool(url: string, { serving }: { serving: boolean }): pg.Pool {
  const settings = serving ? SESSION_SETTINGS : PLANNER_SETTINGS;
  const pool = new pg.Pool({
    connectionString: url,
    keepAlive: true,
    keepAliveInitialDelayMillis: DATABASE_TIMEOUTS.keepAliveDelayMs,
    idleTimeoutMillis: DATABASE_TIMEOUTS.idleMs,
    ...(serving
      ? { connectionTimeoutMillis: DATABASE_TIMEOUTS.connectMs, query_timeout: DATABASE_TIMEOUTS.queryMs }
      : {}),
    // Awaited before the connection serves its first query; a server that
    // refuses a setting keeps its defaults.
    onConnect: (client: pg.ClientBase) => {
      // A connection that dies while checked out (the server restarts, the
      // database is dropped) must not crash the process: its query fails,
      // and the pool drops it on release.
      client.on("error", noop);
      if (serving) destroyOnReadTimeout(client);
      return client.query(settings).then(noop, noop);
    },
  });
  // An idle connection that dies (the server restarts, the database is dropped) makes the pool emit
  // "error"; Prisma's adapter listens only until it is disconnected, and an "error" nobody listens to
  // crashes the process. pool.end() resolves before its sockets have closed, so a connection can still
  // die after the adapter let go. The pool has already dropped that connection: nothing else to do.
  pool.on("error", noop);
  return pool;
}

export type AdapterHandle = {
  factory: PrismaPg | PrismaPGlite;
  /** Releases what the adapter holds (the PGlite instance, the pg pool). */
  close: () => Promise<void>;
};

/** `serving`: the application's own client (lib/db.ts), with the timeouts of a server that serves requests. */
export function createAdapter(config: DatabaseConfig, { serving = false } = {}): AdapterHandle {
  if (config.kind === "postgres") {
    const pool = createPool(config.url, { serving });
    // Errors of idle or dying connections (the server went away): the pool drops those connections.
    const factory = new PrismaPg(pool, { onPoolError: noop, onConnectionError: noop });
    return { factory, close: () => pool.end() };
  }
  const pg = openPGlite(config.dataDir);
  return {
    factory: new PrismaPGlite(pg),
    close: async () => {
      if (!pg.closed) await pg.close();
    },
  };
}
