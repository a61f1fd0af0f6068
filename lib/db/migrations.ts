/**
 * Migrations without Prisma's native engine (it cannot be downloaded here):
 * the WebAssembly schema engine from npm, driven through our driver adapter.
 * `applyMigrations` records `_prisma_migrations` exactly as
 * `prisma migrate deploy` does, so prisma/migrations stays usable with the
 * regular CLI elsewhere.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine as SchemaEngineType, MigrationList } from "@prisma/schema-engine-wasm";
import { PrismaPg } from "@prisma/adapter-pg";
import { createAdapter, type AdapterHandle } from "./adapter";
import type { DatabaseConfig } from "./config";

export const PRISMA_DIR = path.resolve(process.cwd(), "prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
export const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
/** The schema as of the last migration: new migrations are the diff from it. */
export const SNAPSHOT_PATH = path.join(MIGRATIONS_DIR, "schema.snapshot.prisma");

const NO_FILTER = { externalTables: [], externalEnums: [] };

type Bindings = typeof engineBindings & {
  __wbg_set_wasm: (exports: WebAssembly.Exports) => void;
  SchemaEngine: typeof SchemaEngineType;
};

let wasmReady = false;
function bindings(): Bindings {
  const b = engineBindings as Bindings;
  if (!wasmReady) {
    // The package imports its .wasm as an ES module, which Node cannot do:
    // instantiate it ourselves with the generated JS glue as its imports.
    const glue = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmModule = new WebAssembly.Module(
      readFileSync(path.join(path.dirname(glue), "schema_engine_bg.wasm")),
    );
    const instance = new WebAssembly.Instance(wasmModule, {
      "./schema_engine_bg.js": b as unknown as WebAssembly.ModuleImports,
    });
    b.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    wasmReady = true;
  }
  return b;
}

type ScriptAdapter = {
  executeScript(script: string): Promise<void>;
  underlyingDriver(): { query(sql: string): Promise<unknown> };
  onError(error: unknown): never;
  dispose(): Promise<void>;
};

/**
 * Adapts the factory for the migration engine and returns a function that
 * releases every connection it opened (the engine does not dispose them,
 * and a lingering pool would keep the database "in use").
 *
 * @prisma/adapter-pg also runs a migration script by splitting it on ";",
 * which breaks function bodies ($$ … $$) and comments containing a
 * semicolon: send the script whole instead (PostgreSQL's simple-query
 * protocol runs multi-statement scripts; PGlite's adapter already does).
 */
function prepareForEngine(factory: AdapterHandle["factory"]): () => Promise<void> {
  if (!(factory instanceof PrismaPg)) return async () => {};
  const opened: ScriptAdapter[] = [];
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const a = adapter as unknown as ScriptAdapter;
    a.executeScript = async (script: string) => {
      try {
        await a.underlyingDriver().query(script);
      } catch (error) {
        a.onError(error);
      }
    };
    opened.push(a);
    return adapter;
  };
  return async () => {
    await Promise.all(opened.map((a) => a.dispose().catch(() => {})));
  };
}

async function withEngine<T>(
  config: DatabaseConfig,
  run: (engine: SchemaEngineType) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = bindings();
  const adapter = createAdapter(config);
  const release = prepareForEngine(adapter.factory);
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  const engine = await SchemaEngine.new(
    { datamodels: [["schema.prisma", schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapter.factory),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
    await release();
    await adapter.close();
  }
}

function migrationList(): MigrationList {
  const dirs = existsSync(MIGRATIONS_DIR)
    ? readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => {
      const file = path.join(MIGRATIONS_DIR, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok" as const, value: readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `${file} est introuvable` },
        },
      };
    }),
  };
}

/** Applies every pending migration; returns the names just applied. */
export async function applyMigrations(config: DatabaseConfig): Promise<string[]> {
  return withEngine(config, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: migrationList(), filters: NO_FILTER });
    return out.appliedMigrationNames;
  });
}

export type MigrationStatus = {
  total: number;
  pending: string[];
  failed: string[];
  edited: string[];
  /** Applied in the database but absent from prisma/migrations. */
  unknown: string[];
  upToDate: boolean;
};

export async function migrationStatus(config: DatabaseConfig): Promise<MigrationStatus> {
  const list = migrationList();
  return withEngine(config, async (engine) => {
    const d = await engine.diagnoseMigrationHistory({
      migrationsList: list,
      optInToShadowDatabase: false,
      filters: NO_FILTER,
    });
    const h = d.history;
    const pending = !d.hasMigrationsTable
      ? list.migrationDirectories.map((m) => m.path)
      : h?.diagnostic === "databaseIsBehind" || h?.diagnostic === "historiesDiverge"
        ? h.unappliedMigrationNames
        : [];
    const unknown =
      h?.diagnostic === "migrationsDirectoryIsBehind" || h?.diagnostic === "historiesDiverge"
        ? h.unpersistedMigrationNames
        : [];
    return {
      total: list.migrationDirectories.length,
      pending,
      failed: d.failedMigrationNames,
      edited: d.editedMigrationNames,
      unknown,
      upToDate:
        pending.length === 0 &&
        d.failedMigrationNames.length === 0 &&
        d.editedMigrationNames.length === 0 &&
        unknown.length === 0,
    };
  });
}

/** Drops everything in the database (schema and data). */
export async function resetDatabase(config: DatabaseConfig): Promise<void> {
  await withEngine(config, (engine) => engine.reset({ filter: NO_FILTER }));
}

/**
 * SQL that a new migration would contain: the diff between the snapshot of
 * the last migration and the current schema.prisma, computed on a throwaway
 * in-memory database. Empty when the schema has no unmigrated change.
 */
export async function pendingSchemaDiff(): Promise<string> {
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  const from = existsSync(SNAPSHOT_PATH)
    ? {
        tag: "schemaDatamodel" as const,
        files: [{ path: "snapshot.prisma", content: readFileSync(SNAPSHOT_PATH, "utf8") }],
      }
    : { tag: "empty" as const };
  const script = await withEngine({ kind: "pglite", dataDir: "memory://diff" }, async (engine) => {
    const out = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return out.stdout ?? "";
  });
  return /^-- This is an empty migration\.?\s*$/.test(script.trim()) ? "" : script.trim();
}

/** Writes a new migration from pendingSchemaDiff(); returns its folder, or null when nothing changed. */
export async function createMigration(name: string): Promise<string | null> {
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_|_$/g, "") || "migration";
  const script = await pendingSchemaDiff();
  if (!script) return null;
  const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const folder = `${stamp}_${slug}`;
  mkdirSync(path.join(MIGRATIONS_DIR, folder), { recursive: true });
  writeFileSync(path.join(MIGRATIONS_DIR, folder, "migration.sql"), `${script}\n`);
  writeFileSync(SNAPSHOT_PATH, readFileSync(SCHEMA_PATH, "utf8"));
  const lock = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  if (!existsSync(lock))
    writeFileSync(lock, '# Written by scripts/db.ts; keep it in git.\nprovider = "postgresql"\n');
  return folder;
}
