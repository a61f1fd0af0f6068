/**
 * Database maintenance, the same on the embedded and the real PostgreSQL:
 *   npm run db:migrate               apply pending migrations
 *   npm run db:migrate:create -- <name>   write a migration from schema.prisma
 *   npm run db:status                migration state
 *   npm run db:seed                  load content/ (upsert by stable keys)
 *   npm run db:reset                 drop everything, migrate, seed
 * With the embedded database, stop the portal first: one process at a time.
 */
import { describeDatabase, resolveDatabaseConfig } from "../lib/db/config";
import { applyMigrations, createMigration, migrationStatus, resetDatabase } from "../lib/db/migrations";
import { seedDatabase } from "../lib/content/seed";
import { disconnectDb } from "../lib/db";

const [command, ...args] = process.argv.slice(2);
const config = resolveDatabaseConfig();

async function main() {
  switch (command) {
    case "migrate": {
      const applied = await applyMigrations(config);
      console.log(
        applied.length
          ? `Migrations appliquées : ${applied.join(", ")}`
          : "Base à jour : aucune migration en attente.",
      );
      return;
    }
    case "create": {
      const name = args.join(" ").trim();
      if (!name) throw new Error("Nom de migration manquant : npm run db:migrate:create -- <nom>");
      const folder = await createMigration(name);
      console.log(
        folder ? `Migration créée : prisma/migrations/${folder}` : "Aucun changement dans schema.prisma.",
      );
      return;
    }
    case "status": {
      const s = await migrationStatus(config);
      console.log(describeDatabase(config));
      console.log(`${s.total} migration(s) dans prisma/migrations`);
      if (s.pending.length) console.log(`En attente : ${s.pending.join(", ")}`);
      if (s.failed.length) console.log(`En échec : ${s.failed.join(", ")}`);
      if (s.edited.length) console.log(`Modifiées après application : ${s.edited.join(", ")}`);
      if (s.unknown.length) console.log(`Appliquées mais absentes du dossier : ${s.unknown.join(", ")}`);
      console.log(s.upToDate ? "Base à jour." : "Base en retard.");
      if (!s.upToDate) process.exitCode = 1;
      return;
    }
    case "seed": {
      const r = await seedDatabase();
      console.log(r.summary);
      return;
    }
    case "reset": {
      if (config.kind === "postgres" && process.env.NODE_ENV === "production" && !args.includes("--force")) {
        throw new Error("Refus : NODE_ENV=production. Ajoutez --force pour vider cette base.");
      }
      await resetDatabase(config);
      const applied = await applyMigrations(config);
      console.log(`Base vidée ; migrations appliquées : ${applied.length}`);
      const r = await seedDatabase();
      console.log(r.summary);
      return;
    }
    default:
      console.error("Usage : tsx scripts/db.ts <migrate|create <nom>|status|seed|reset>");
      process.exitCode = 2;
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(disconnectDb);
