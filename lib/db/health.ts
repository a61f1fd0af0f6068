import "server-only";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { noteDatabaseFailure } from "@/lib/http/request-context";
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
  /** Why the database is not usable, in French, for operators (never a secret). */
  reason?: string;
  error?: string;
};

/** The health check answers within this delay whatever the database does (a load balancer's probe waits 2 s). */
export const HEALTH_TIMEOUT_MS = 1_500;

class HealthTimeout extends Error {}

function withinDelay<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HealthTimeout()), ms);
  });
  // The late query ends on its own (pg's query timeout); its outcome no longer matters.
  work.catch(() => {});
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

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
    const rows = await withinDelay(
      db.$queryRaw<{ migration_name: string; checksum: string }[]>`
        SELECT migration_name, checksum FROM _prisma_migrations
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      HEALTH_TIMEOUT_MS,
    );
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
    const timedOut = error instanceof HealthTimeout;
    if (timedOut) noteDatabaseFailure();
    return {
      database: kind,
      reachable: false,
      migrations: null,
      reason: timedOut
        ? `La base de données ne répond pas (rien en ${String(HEALTH_TIMEOUT_MS / 1000).replace(".", ",")} s).`
        : "La base de données est injoignable.",
      ...(timedOut ? {} : { error: (error as Error).message.split("\n")[0] }),
    };
  }
}
