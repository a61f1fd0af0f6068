import "server-only";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { resolveDatabaseConfig } from "./config";

export type DatabaseHealth = {
  database: "pglite" | "postgres";
  reachable: boolean;
  migrations: {
    total: number;
    applied: number;
    pending: string[];
    edited: string[];
    upToDate: boolean;
  } | null;
  error?: string;
};

/**
 * Migration state read through the application's own connection (a second
 * engine connection is impossible on PGlite), compared with prisma/migrations
 * the way `prisma migrate status` does: by name and checksum.
 */
export async function databaseHealth(): Promise<DatabaseHealth> {
  const kind = resolveDatabaseConfig().kind;
  const dir = path.join(process.cwd(), "prisma", "migrations");
  const folders = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  try {
    const rows = await db.$queryRaw<{ migration_name: string; checksum: string }[]>`
      SELECT migration_name, checksum FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const pending = folders.filter((f) => !applied.has(f));
    const edited = folders.filter((f) => {
      const sum = applied.get(f);
      if (!sum) return false;
      const sql = readFileSync(path.join(dir, f, "migration.sql"));
      return createHash("sha256").update(sql).digest("hex") !== sum;
    });
    return {
      database: kind,
      reachable: true,
      migrations: {
        total: folders.length,
        applied: applied.size,
        pending,
        edited,
        upToDate: pending.length === 0 && edited.length === 0,
      },
    };
  } catch (error) {
    return {
      database: kind,
      reachable: false,
      migrations: null,
      error: (error as Error).message.split("\n")[0],
    };
  }
}
