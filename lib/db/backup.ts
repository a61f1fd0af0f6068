/**
 * Backups of the portal's database, and their restoration.
 *
 * - PostgreSQL server: `pg_dump --format=custom` (every table, sequence and
 *   index of the database, without owners or privileges, so that it restores
 *   into another server's account), restored by `pg_restore --clean
 *   --if-exists --single-transaction` (all or nothing). pg_dump must be at
 *   least the server's major version (it refuses an older client's dump
 *   otherwise): checked first, with a French message.
 * - Embedded database (PGlite): its data folder as a gzipped tar
 *   (`dumpDataDir`), restored by creating the folder anew from it; the
 *   folder it replaces is kept next to it. The portal must be stopped (one
 *   process per folder).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import pg from "pg";
import { DATA_DIR, type DatabaseConfig } from "./config";

const run = promisify(execFile);

export const BACKUP_DIR = path.join(DATA_DIR, "backups");

/** 2026-12-06T09:41:07.123Z → 20261206-094107 (UTC), sortable. */
export function backupStamp(date = new Date()): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, "")
    .replace(/[-:]/g, "")
    .replace("T", "-");
}

/** The extension of a backup file says how to restore it. */
const EXTENSION = { postgres: ".dump", pglite: ".pglite.tar.gz" } as const;

export function backupKindOf(file: string): DatabaseConfig["kind"] | null {
  if (file.endsWith(EXTENSION.pglite)) return "pglite";
  if (file.endsWith(EXTENSION.postgres)) return "postgres";
  return null;
}

async function serverMajorVersion(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    return Math.floor(Number(rows[0].v) / 10_000);
  } finally {
    await client.end();
  }
}

async function clientMajorVersion(tool: "pg_dump" | "pg_restore"): Promise<number> {
  try {
    const { stdout } = await run(tool, ["--version"]);
    const match = /\s(\d+)(?:\.\d+)?/.exec(stdout);
    if (!match) throw new Error(stdout);
    return Number(match[1]);
  } catch {
    throw new Error(
      `${tool} est introuvable : installez le client PostgreSQL de la même version que le serveur (paquet postgresql-client).`,
    );
  }
}

/** Refuses a client older than the server: its dump would be refused or incomplete. */
async function checkClientVersion(tool: "pg_dump" | "pg_restore", url: string): Promise<void> {
  const [client, server] = await Promise.all([clientMajorVersion(tool), serverMajorVersion(url)]);
  if (client < server)
    throw new Error(
      `${tool} ${client} est plus ancien que le serveur PostgreSQL ${server} : installez le client PostgreSQL ${server}.`,
    );
}

/** pg_dump and pg_restore take the password from the environment, never from their command line. */
function connectionArgs(url: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  return {
    args: ["--dbname", u.toString()],
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  };
}

function openFolder(dataDir: string, loadDataDir?: Blob): PGlite {
  return new PGlite(dataDir, { extensions: { unaccent, pg_trgm }, ...(loadDataDir ? { loadDataDir } : {}) });
}

/** Writes a backup of the database into `dir` (created if needed) and answers the file's path. */
export async function backupDatabase(
  config: DatabaseConfig,
  dir = BACKUP_DIR,
  now = new Date(),
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `cmq-${backupStamp(now)}${EXTENSION[config.kind]}`);
  if (existsSync(file)) throw new Error(`Une sauvegarde porte déjà ce nom : ${file}`);
  if (config.kind === "postgres") {
    await checkClientVersion("pg_dump", config.url);
    const { args, env } = connectionArgs(config.url);
    await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", file, ...args], {
      env,
    });
    return file;
  }
  if (config.dataDir.startsWith("memory://")) throw new Error("Une base en mémoire ne se sauvegarde pas.");
  if (!existsSync(config.dataDir)) throw new Error(`Base embarquée introuvable : ${config.dataDir}`);
  const db = openFolder(config.dataDir);
  try {
    // Dumping before the instance is ready hangs with nothing left to run (the process just exits).
    await db.waitReady;
    const archive = await db.dumpDataDir("gzip");
    writeFileSync(file, Buffer.from(await archive.arrayBuffer()));
  } finally {
    await db.close();
  }
  return file;
}

/**
 * Replaces the database's content with the backup's. For PGlite, answers
 * where the replaced folder was kept.
 */
export async function restoreDatabase(config: DatabaseConfig, file: string): Promise<{ keptAt?: string }> {
  if (!existsSync(file)) throw new Error(`Sauvegarde introuvable : ${file}`);
  const kind = backupKindOf(file);
  if (kind !== config.kind)
    throw new Error(
      kind
        ? `Cette sauvegarde vient d'une base ${kind === "pglite" ? "embarquée (PGlite)" : "PostgreSQL"} : elle ne se restaure pas dans celle-ci.`
        : `Fichier non reconnu (attendu : ${EXTENSION.postgres} ou ${EXTENSION.pglite}).`,
    );
  if (config.kind === "postgres") {
    await checkClientVersion("pg_restore", config.url);
    const { args, env } = connectionArgs(config.url);
    await run(
      "pg_restore",
      [
        "--clean",
        "--if-exists",
        "--no-owner",
        "--no-privileges",
        "--single-transaction",
        "--exit-on-error",
        ...args,
        file,
      ],
      { env },
    );
    return {};
  }
  if (config.dataDir.startsWith("memory://")) throw new Error("Une base en mémoire ne se restaure pas.");
  const archive = new Blob([readFileSync(file)]);
  let keptAt: string | undefined;
  if (existsSync(config.dataDir)) {
    keptAt = `${config.dataDir}.avant-restauration-${backupStamp()}`;
    renameSync(config.dataDir, keptAt);
  }
  mkdirSync(path.dirname(config.dataDir), { recursive: true });
  try {
    const db = openFolder(config.dataDir, archive);
    await db.waitReady;
    await db.close();
  } catch (error) {
    // Leaves the database as it was.
    if (keptAt) {
      const { rmSync } = await import("node:fs");
      rmSync(config.dataDir, { recursive: true, force: true });
      renameSync(keptAt, config.dataDir);
    }
    throw error;
  }
  return { keptAt };
}
