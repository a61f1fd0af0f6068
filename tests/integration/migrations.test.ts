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

  it("keep the search's GIN indexes without a pending list, so a bulk write never slows the search", async () => {
    const rows = await db.$queryRaw<{ name: string; options: string[] | null }[]>`
      SELECT c.relname AS name, c.reloptions AS options
      FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
      WHERE a.amname = 'gin' AND (c.relname LIKE '%searchDocument%' OR c.relname LIKE '%searchTitle%')
      ORDER BY c.relname`;
    expect(rows.map((r) => r.name)).toEqual([
      "Action_searchDocument_idx",
      "Action_searchTitle_trgm_idx",
      "Formation_searchDocument_idx",
      "Formation_searchTitle_trgm_idx",
      "Organisation_searchDocument_idx",
      "Organisation_searchTitle_trgm_idx",
      "Platform_searchDocument_idx",
      "Platform_searchTitle_trgm_idx",
    ]);
    for (const row of rows) expect(row.options, row.name).toContain("fastupdate=off");
  });
});
