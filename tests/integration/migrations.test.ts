import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { pendingSchemaDiff } from "@/lib/db/migrations";

describe("migrations", () => {
  it("cover every change of schema.prisma (run `npm run db:migrate:create -- <name>`)", async () => {
    expect(await pendingSchemaDiff()).toBe("");
  });

  it("are recorded in _prisma_migrations like `prisma migrate deploy` does", async () => {
    const rows = await db.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("install the French, accent-insensitive search functions", async () => {
    const [row] = await db.$queryRaw<{ normalized: string; matches: boolean }[]>`
      SELECT cmq_normalize('Métiers d''Art et Énergie') AS normalized,
             to_tsvector('french', cmq_normalize('Métiers d''Art et Énergie')) @@ plainto_tsquery('french', cmq_normalize('metiers energie')) AS matches`;
    expect(row).toEqual({ normalized: "metiers d'art et energie", matches: true });
  });
});
