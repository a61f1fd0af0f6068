/**
 * Runs before each integration test file: gives the file its own copy of the
 * seeded template database and installs it as the application's Prisma
 * client (lib/db.ts reads it from globalThis).
 */
import { readFileSync } from "node:fs";
import { afterAll, inject } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { adminQuery, databaseUrl, dropDatabase, uniqueDatabaseName } from "./database";

const template = inject("templateDatabase");
type Holder = { client?: PrismaClient; adapter?: { close: () => Promise<void> } };
const holder = ((globalThis as { __cmqPrisma?: Holder }).__cmqPrisma ??= {});

if (template.kind === "postgres") {
  const name = uniqueDatabaseName("cmq_test");
  await adminQuery(template.serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template.name}"`);
  const url = databaseUrl(template.serverUrl, name);
  process.env.DATABASE_URL = url;
  holder.client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  holder.adapter = { close: async () => {} };
  afterAll(async () => {
    await holder.client?.$disconnect();
    await dropDatabase(template.serverUrl, name);
  });
} else {
  const dump = new Blob([readFileSync(template.dumpPath)]);
  const pg = new PGlite({ loadDataDir: dump, extensions: { unaccent, pg_trgm } });
  await pg.waitReady;
  holder.client = new PrismaClient({ adapter: new PrismaPGlite(pg) });
  holder.adapter = { close: () => pg.close() };
  afterAll(async () => {
    await holder.client?.$disconnect();
    await pg.close();
  });
}
