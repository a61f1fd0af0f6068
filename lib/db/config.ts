/**
 * Which database this process talks to.
 *
 * - `DATABASE_URL` set: a real PostgreSQL server (production, CI's second run).
 * - otherwise: an embedded PostgreSQL (PGlite) stored in `.data/pglite`, so a
 *   fresh clone runs with no server at all. `PGLITE_DATA_DIR` moves it (the
 *   test runner gives each run its own folder; `memory://` keeps it in RAM).
 */
import path from "node:path";

export type DatabaseConfig = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

export const DATA_DIR = path.resolve(process.cwd(), ".data");

export function resolveDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: "postgres", url };
  const dataDir = env.PGLITE_DATA_DIR?.trim() || path.join(DATA_DIR, "pglite");
  return { kind: "pglite", dataDir };
}

/** A short human description, without credentials. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "pglite") return `PostgreSQL embarqué (PGlite) — ${config.dataDir}`;
  const u = new URL(config.url);
  return `PostgreSQL — ${u.hostname}:${u.port || 5432}${u.pathname}`;
}

/**
 * Demo accounts (do.<slug>@cmq-bfc.org, coordination@cmq-bfc.org, one known
 * password) exist only on the embedded database, or where SEED_DEMO_USERS=1
 * asks for them: a real database gets its accounts from `npm run user:create`.
 */
export function wantsDemoUsers(config: DatabaseConfig, env: NodeJS.ProcessEnv = process.env): boolean {
  return config.kind === "pglite" || env.SEED_DEMO_USERS === "1";
}
