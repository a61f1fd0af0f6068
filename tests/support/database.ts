/**
 * Test databases. One template is migrated and seeded per run; every
 * integration test file then starts from its own copy of it:
 * - PGlite (default): the template's data folder is dumped once and each
 *   file loads the dump into an in-memory instance;
 * - PostgreSQL (TEST_DATABASE_URL or DATABASE_URL): each file gets
 *   `CREATE DATABASE … TEMPLATE <template>` and drops it afterwards.
 * Tests refuse to run against a non-local server.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";

export function testServerUrl(): string | null {
  const url = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!url) return null;
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`Les tests refusent une base distante (${host}) : utilisez un PostgreSQL local.`);
  }
  return url;
}

export function databaseUrl(serverUrl: string, name: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
}

/** Runs SQL on the server's maintenance database (CREATE/DROP DATABASE). */
export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
