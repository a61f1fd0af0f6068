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
 * PostgreSQL's default prices a random page read as four sequential ones
 * (spinning disks). The portal's data fits in memory: at that price the
 * planner scans whole tables instead of using the search indexes, and the
 * site search is ten times slower at ten times the data. 1.1 is the usual
 * value for SSD and memory. Set on each new connection (not as a startup
 * parameter, which connection poolers such as PgBouncer refuse). PGlite
 * holds small embedded databases and keeps its defaults.
 */
const PLANNER_SETTINGS = "SET random_page_cost = 1.1";
const noop = () => {};

export type AdapterHandle = {
  factory: PrismaPg | PrismaPGlite;
  /** Releases what the adapter holds (the PGlite instance; pg pools end with the client). */
  close: () => Promise<void>;
};

export function createAdapter(config: DatabaseConfig): AdapterHandle {
  if (config.kind === "postgres") {
    const factory = new PrismaPg({
      connectionString: config.url,
      // Awaited before the connection serves its first query; a server that
      // refuses the setting keeps its default plans.
      onConnect: (client) => client.query(PLANNER_SETTINGS).then(noop, noop),
    });
    return { factory, close: async () => {} };
  }
  const pg = openPGlite(config.dataDir);
  return {
    factory: new PrismaPGlite(pg),
    close: async () => {
      if (!pg.closed) await pg.close();
    },
  };
}
