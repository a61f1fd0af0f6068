import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createAdapter, openPGlite } from "@/lib/db/adapter";
import { applyMigrations } from "@/lib/db/migrations";
import type { DatabaseConfig } from "@/lib/db/config";
import { seedDatabase } from "@/lib/content/seed";
import { adminQuery, databaseUrl, dropDatabase, testServerUrl, uniqueDatabaseName } from "./database";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase:
      { kind: "postgres"; serverUrl: string; name: string } | { kind: "pglite"; dumpPath: string };
  }
}

async function migrateAndSeed(config: DatabaseConfig) {
  await applyMigrations(config);
  const adapter = createAdapter(config);
  const client = new PrismaClient({ adapter: adapter.factory });
  try {
    await seedDatabase({ db: client, demoUsers: true });
  } finally {
    await client.$disconnect();
    await adapter.close();
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = testServerUrl();
  if (serverUrl) {
    const name = uniqueDatabaseName("cmq_test_template");
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    await migrateAndSeed({ kind: "postgres", url: databaseUrl(serverUrl, name) });
    project.provide("templateDatabase", { kind: "postgres", serverUrl, name });
    return async () => dropDatabase(serverUrl, name);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "cmq-test-"));
  const dataDir = path.join(dir, "template");
  await migrateAndSeed({ kind: "pglite", dataDir });
  const pgl = openPGlite(dataDir);
  // dumpDataDir() on an instance that is not ready yet can wait forever.
  await pgl.waitReady;
  const dump = await pgl.dumpDataDir("none");
  await pgl.close();
  const dumpPath = path.join(dir, "template.tar");
  writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  project.provide("templateDatabase", { kind: "pglite", dumpPath });
  return () => rmSync(dir, { recursive: true, force: true });
}
