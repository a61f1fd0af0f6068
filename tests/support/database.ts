/**
 * Test databases. One template is migrated and seeded per run and database
 * mode; every integration test file, and each browser test run, then starts
 * from its own copy of it:
 * - PGlite (default): the template's data folder is copied;
 * - PostgreSQL (TEST_DATABASE_URL or DATABASE_URL): `CREATE DATABASE … TEMPLATE`.
 * Copies are dropped afterwards. Tests refuse to run against a non-local server.
 */
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { DatabaseConfig } from "../../lib/db/config";
import { prepareDatabase } from "../../lib/db/prepare";

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

/** A migrated and seeded database (with the demo accounts) that test databases are copied from. */
export type TemplateDatabase =
  { kind: "postgres"; serverUrl: string; name: string } | { kind: "pglite"; dataDir: string };

/** How the test runner hands its template to Vitest (JSON of a TemplateDatabase). */
export const TEMPLATE_ENV = "TEST_TEMPLATE_DATABASE";

export function templateFromEnv(env: NodeJS.ProcessEnv = process.env): TemplateDatabase | null {
  const raw = env[TEMPLATE_ENV];
  return raw ? (JSON.parse(raw) as TemplateDatabase) : null;
}

/** On the PostgreSQL server when one is given, else a PGlite folder inside `workDir`. */
export async function createTemplate(serverUrl: string | null, workDir: string): Promise<TemplateDatabase> {
  const quiet = { demoUsers: true, log: () => {} };
  if (serverUrl) {
    const name = uniqueDatabaseName("cmq_test_template");
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    await prepareDatabase({ kind: "postgres", url: databaseUrl(serverUrl, name) }, quiet);
    return { kind: "postgres", serverUrl, name };
  }
  const dataDir = path.join(workDir, "template");
  await prepareDatabase({ kind: "pglite", dataDir }, quiet);
  return { kind: "pglite", dataDir };
}

export async function dropTemplate(template: TemplateDatabase): Promise<void> {
  if (template.kind === "postgres") await dropDatabase(template.serverUrl, template.name);
  else rmSync(template.dataDir, { recursive: true, force: true });
}

export type DatabaseCopy = { config: DatabaseConfig; drop: () => Promise<void> };

/**
 * A private copy of the template. PGlite: its folder copied next to the
 * template (copying files is several times faster than loading a dump into
 * an in-memory instance). Nobody may have the template open meanwhile.
 */
export async function copyTemplate(template: TemplateDatabase, prefix: string): Promise<DatabaseCopy> {
  if (template.kind === "postgres") {
    const name = uniqueDatabaseName(prefix);
    await adminQuery(template.serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template.name}"`);
    return {
      config: { kind: "postgres", url: databaseUrl(template.serverUrl, name) },
      drop: () => dropDatabase(template.serverUrl, name),
    };
  }
  const dir = mkdtempSync(path.join(path.dirname(template.dataDir), `${prefix}-`));
  const dataDir = path.join(dir, "pglite");
  cpSync(template.dataDir, dataDir, { recursive: true });
  return {
    config: { kind: "pglite", dataDir },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
