/**
 * Brings a database to a usable state: pending migrations applied, and the
 * content seeded if the database is empty. Run before the server starts
 * (PGlite: one process per data folder) and by the test runner.
 */
import { PrismaClient } from "../generated/prisma/client";
import { createAdapter } from "./adapter";
import { applyMigrations } from "./migrations";
import { wantsDemoUsers, type DatabaseConfig } from "./config";

export async function prepareDatabase(
  config: DatabaseConfig,
  options: { demoUsers?: boolean; log?: (line: string) => void } = {},
): Promise<void> {
  const log = options.log ?? console.log;
  const applied = await applyMigrations(config);
  if (applied.length) log(`Migrations appliquées : ${applied.join(", ")}`);
  const adapter = createAdapter(config);
  const db = new PrismaClient({ adapter: adapter.factory });
  try {
    if ((await db.campus.count()) === 0) {
      const { seedDatabase } = await import("../content/seed");
      const result = await seedDatabase({
        db,
        demoUsers: options.demoUsers ?? wantsDemoUsers(config),
      });
      log(`Base vide : contenu du rapport 2018 chargé. ${result.summary}`);
    }
  } finally {
    await db.$disconnect();
    await adapter.close();
  }
}
