/**
 * `npm run db:backup` and `npm run db:restore` on a database of their own
 * (copied from the seeded template, in the mode of the run): a backup, then
 * changes in several tables, then the restore brings every table back to
 * the backup's content, row for row. The scripts run as an operator runs
 * them, in their own processes.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, inject, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createAdapter } from "@/lib/db/adapter";
import type { DatabaseConfig } from "@/lib/db/config";
import { copyTemplate, type DatabaseCopy } from "../support/database";

const TSX = pathToFileURL(path.join(process.cwd(), "node_modules/tsx/dist/loader.mjs")).href;
const dir = mkdtempSync(path.join(os.tmpdir(), "cmq-backup-"));
let copy: DatabaseCopy | undefined;

afterAll(async () => {
  await copy?.drop();
  rmSync(dir, { recursive: true, force: true });
});

function envOf(config: DatabaseConfig): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "test" };
  delete env.DATABASE_URL;
  delete env.PGLITE_DATA_DIR;
  if (config.kind === "postgres") env.DATABASE_URL = config.url;
  else env.PGLITE_DATA_DIR = config.dataDir;
  return env;
}

/** Runs `npm run db:<command>` as an operator would, in `cwd` (where .data/backups/ is written). */
function script(config: DatabaseConfig, args: string[]): string {
  return execFileSync(
    process.execPath,
    ["--import", TSX, path.join(process.cwd(), "scripts/db-backup.ts"), ...args],
    { cwd: dir, env: envOf(config), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
}

/** Every table of the schema, each as its rows in a stable order (JSON text of each row, sorted). */
async function contents(config: DatabaseConfig): Promise<Record<string, string[]>> {
  const adapter = createAdapter(config);
  const db = new PrismaClient({ adapter: adapter.factory });
  try {
    const tables = await db.$queryRaw<{ name: string }[]>`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
    const out: Record<string, string[]> = {};
    for (const { name } of tables) {
      const rows = await db.$queryRawUnsafe<{ row: string }[]>(
        `SELECT row_to_json(t)::text AS row FROM "${name.replace(/"/g, '""')}" t`,
      );
      out[name] = rows.map((r) => r.row).sort();
    }
    return out;
  } finally {
    await db.$disconnect();
    await adapter.close();
  }
}

async function change(config: DatabaseConfig): Promise<void> {
  const adapter = createAdapter(config);
  const db = new PrismaClient({ adapter: adapter.factory });
  try {
    await db.auditLog.deleteMany({});
    await db.actionCampus.deleteMany({});
    await db.organisation.updateMany({ data: { name: "Renommée après la sauvegarde" } });
    await db.$executeRawUnsafe(`UPDATE "Campus" SET "name" = "name" || ' (modifié)'`);
  } finally {
    await db.$disconnect();
    await adapter.close();
  }
}

describe("database backup and restore", () => {
  it(
    "round-trips every table through npm run db:backup and db:restore --yes",
    { timeout: 180_000 },
    async () => {
      copy = await copyTemplate(inject("templateDatabase"), "cmq_backup");
      const { config } = copy;
      const before = await contents(config);
      expect(Object.keys(before).length).toBeGreaterThan(20);
      expect(before.Campus.length).toBe(6);

      const out = script(config, ["backup"]);
      const files = readdirSync(path.join(dir, ".data", "backups"));
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(
        config.kind === "postgres" ? /^cmq-\d{8}-\d{6}\.dump$/ : /^cmq-\d{8}-\d{6}\.pglite\.tar\.gz$/,
      );
      expect(out).toContain(files[0]);
      const file = path.join(dir, ".data", "backups", files[0]);

      await change(config);
      const changed = await contents(config);
      expect(changed.Campus).not.toEqual(before.Campus);
      expect(changed.ActionCampus).toHaveLength(0);

      // Without --yes and without a terminal, nothing is restored.
      expect(() => script(config, ["restore", file])).toThrow();
      expect((await contents(config)).ActionCampus).toHaveLength(0);

      expect(script(config, ["restore", file, "--yes"])).toContain("Base restaurée");
      const after = await contents(config);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    },
  );
});
