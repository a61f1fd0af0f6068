/**
 * The command-line scripts as an operator runs them, in their own processes,
 * on a fresh embedded database in a temporary folder: db:status, db:migrate,
 * db:reset (drop, migrate, seed), user:create (argon2id hash, campus).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createAdapter } from "@/lib/db/adapter";
import { verifyPassword } from "@/lib/auth/password";

const dir = mkdtempSync(path.join(os.tmpdir(), "cmq-scripts-"));
const dataDir = path.join(dir, "pglite");
const tsx = path.resolve("node_modules/.bin/tsx");

function run(args: string[], extraEnv: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DATA_DIR: dataDir, ...extraEnv };
  delete env.DATABASE_URL;
  const r = spawnSync(tsx, args, { env, encoding: "utf8", input: "", timeout: 180_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

async function withDb<T>(read: (db: PrismaClient) => Promise<T>): Promise<T> {
  const adapter = createAdapter({ kind: "pglite", dataDir });
  const db = new PrismaClient({ adapter: adapter.factory });
  try {
    return await read(db);
  } finally {
    await db.$disconnect();
    await adapter.close();
  }
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("database and account scripts", () => {
  it("report the migration state, reset and migrate the database, and create an account", async () => {
    const before = run(["scripts/db.ts", "status"]);
    expect(before.out).toContain("Base en retard.");
    expect(before.code).toBe(1);

    // reset: drop, migrate, seed, in one command (seeding is what takes time: done once).
    const reset = run(["scripts/db.ts", "reset"]);
    expect(reset.out).toContain("Base vidée ; migrations appliquées");
    expect(reset.out).toMatch(/Seed : \d+\s+créés?/);
    expect(reset.code).toBe(0);
    expect(run(["scripts/db.ts", "migrate"]).out).toContain("Base à jour : aucune migration en attente.");
    const after = run(["scripts/db.ts", "status"]);
    expect([after.code, after.out.includes("Base à jour.")]).toEqual([0, true]);

    const password = "un mot de passe solide 2026";
    const userCreate = [
      "--conditions=react-server",
      "scripts/user-create.ts",
      "--email",
      "camille.martin@exemple.fr",
      "--name",
      "Camille Martin",
      "--role",
      "do",
    ];
    const created = run([...userCreate, "--campus", "ti"], { USER_PASSWORD: password });
    expect(created.out).toContain("Compte créé : camille.martin@exemple.fr (DO ti).");
    expect(created.code).toBe(0);
    const unknownCampus = run(
      [...userCreate.slice(0, 3), "autre@exemple.fr", ...userCreate.slice(4), "--campus", "xyz"],
      { USER_PASSWORD: password },
    );
    expect([unknownCampus.code, unknownCampus.out.includes("Campus inconnu : xyz")]).toEqual([1, true]);
    const weak = run(
      [...userCreate.slice(0, 3), "claire.dupont@exemple.fr", ...userCreate.slice(4), "--campus", "ti"],
      { USER_PASSWORD: "claire.dupont2026" },
    );
    expect([weak.code, weak.out.includes("reprend l’adresse e-mail ou le nom")]).toEqual([1, true]);
    const duplicate = run([...userCreate, "--campus", "ti"], { USER_PASSWORD: password });
    expect(duplicate.code).toBe(1);

    const account = await withDb((db) =>
      db.user.findUniqueOrThrow({
        where: { email: "camille.martin@exemple.fr" },
        include: { campus: { select: { slug: true } } },
      }),
    );
    expect([account.role, account.campus?.slug, account.isActive]).toEqual(["DO", "ti", true]);
    expect(account.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(account.passwordHash, password)).toBe(true);
    expect(await withDb((db) => db.user.count({ where: { email: "autre@exemple.fr" } }))).toBe(0);
    expect(await withDb((db) => db.user.count({ where: { email: "claire.dupont@exemple.fr" } }))).toBe(0);

    expect(await withDb((db) => db.campus.count())).toBe(6);
  }, 300_000);
});
