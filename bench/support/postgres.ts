/**
 * Throwaway PostgreSQL databases for the benches, on the local server
 * (BENCH_POSTGRES_URL, by default postgresql://postgres@127.0.0.1:5432): each
 * has a unique name, and is dropped at the end of the run.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";

export const POSTGRES_SERVER =
  process.env.BENCH_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres";

export function databaseUrl(name: string, server = POSTGRES_SERVER): string {
  const u = new URL(server);
  u.pathname = `/${name}`;
  return u.toString();
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
}

/** Runs `run` with a client on `url`, closed afterwards. */
export async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function createDatabase(name: string, comment?: string): Promise<string> {
  await withClient(POSTGRES_SERVER, async (c) => {
    await c.query(`CREATE DATABASE ${quoted(name)}`);
    if (comment) await c.query(`COMMENT ON DATABASE ${quoted(name)} IS ${pg.escapeLiteral(comment)}`);
  });
  return databaseUrl(name);
}

export async function dropDatabase(name: string): Promise<void> {
  await withClient(POSTGRES_SERVER, (c) => c.query(`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`));
}

/** The comment of a database, or null when it does not exist. */
export async function databaseComment(name: string): Promise<string | null | undefined> {
  return withClient(POSTGRES_SERVER, async (c) => {
    const r = await c.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [name],
    );
    return r.rows.length ? r.rows[0].comment : undefined;
  });
}
