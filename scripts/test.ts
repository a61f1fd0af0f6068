/**
 * `npm test`: everything CI checks, in order, stopping at the first failure.
 *   lint → typecheck → content → unit + integration (Vitest, real database)
 *   → build → browser tests (Playwright + Debian Chromium, installed if missing)
 * Embedded database by default; with TEST_DATABASE_URL or DATABASE_URL, a
 * real PostgreSQL server on which each run creates (and drops) its own
 * databases.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { prepareDatabase } from "../lib/db/prepare";
import {
  adminQuery,
  databaseUrl,
  dropDatabase,
  testServerUrl,
  uniqueDatabaseName,
} from "../tests/support/database";

const env: Env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
const serverUrl = testServerUrl();
if (serverUrl) env.TEST_DATABASE_URL = serverUrl;
delete env.DATABASE_URL; // each step chooses its own database below
const only = process.argv.slice(2);
const started = Date.now();

type Env = Record<string, string | undefined>;

class StepFailure extends Error {
  constructor(readonly code: number) {
    super(`step failed with code ${code}`);
  }
}

function step(name: string, command: string, args: string[], extraEnv: Env = {}) {
  if (only.length && !only.includes(name)) return;
  const t = Date.now();
  console.log(`\n▶ ${name}`);
  const r = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } as NodeJS.ProcessEnv });
  if (r.status !== 0) {
    console.error(`\n✖ ${name} a échoué (code ${r.status ?? r.signal}).`);
    // Thrown, not exited: the e2e step still drops its database on failure.
    throw new StepFailure(r.status ?? 1);
  }
  console.log(`✔ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}

const bin = (pkg: string, file: string) => path.join("node_modules", pkg, file);
const node = process.execPath;

function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (existsSync(chromium)) return;
  console.log("Chromium absent : installation du paquet Debian « chromium »…");
  const asRoot = process.getuid?.() === 0;
  const cmd = asRoot ? "apt-get" : "sudo";
  const args = asRoot ? ["install", "-y", "chromium"] : ["apt-get", "install", "-y", "chromium"];
  let r = spawnSync(cmd, args, {
    stdio: "inherit",
    env: { ...env, DEBIAN_FRONTEND: "noninteractive" } as Env as NodeJS.ProcessEnv,
  });
  if (r.status !== 0) {
    spawnSync(cmd, asRoot ? ["update"] : ["apt-get", "update"], { stdio: "inherit" });
    r = spawnSync(cmd, args, {
      stdio: "inherit",
      env: { ...env, DEBIAN_FRONTEND: "noninteractive" } as Env as NodeJS.ProcessEnv,
    });
  }
  if (r.status !== 0 || !existsSync(chromium)) {
    console.error("Impossible d'installer Chromium (apt-get install chromium).");
    process.exit(1);
  }
}

async function e2e() {
  if (only.length && !only.includes("e2e")) return;
  ensureChromium();
  const e2eEnv: Env = { E2E_PORT: process.env.E2E_PORT || "3100" };
  let cleanup = async () => {};
  if (serverUrl) {
    const name = uniqueDatabaseName("cmq_e2e");
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    e2eEnv.DATABASE_URL = databaseUrl(serverUrl, name);
    cleanup = () => dropDatabase(serverUrl, name);
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), "cmq-e2e-"));
    e2eEnv.PGLITE_DATA_DIR = path.join(dir, "pglite");
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  try {
    // Same preparation as `npm start`: migrations, then the seed (with the demo accounts).
    await prepareDatabase(
      e2eEnv.DATABASE_URL
        ? { kind: "postgres", url: e2eEnv.DATABASE_URL }
        : { kind: "pglite", dataDir: e2eEnv.PGLITE_DATA_DIR! },
      { demoUsers: true },
    );
    step("e2e", node, [bin("@playwright/test", "cli.js"), "test"], e2eEnv);
  } finally {
    await cleanup();
  }
}

async function main() {
  console.log(
    serverUrl
      ? `Base de test : PostgreSQL (${new URL(serverUrl).host})`
      : "Base de test : PostgreSQL embarqué (PGlite)",
  );
  step("lint", node, [bin("eslint", "bin/eslint.js"), ".", "--max-warnings=0"]);
  step("lint", node, [bin("prettier", "bin/prettier.cjs"), "--check", "."]);
  step("typecheck", node, [bin("next", "dist/bin/next"), "typegen"]);
  step("typecheck", node, [bin("typescript", "bin/tsc"), "--noEmit"]);
  step("content", node, [bin("tsx", "dist/cli.mjs"), "scripts/content-check.ts"]);
  step("unit", node, [bin("vitest", "vitest.mjs"), "run", "--project", "unit"]);
  step("integration", node, [bin("vitest", "vitest.mjs"), "run", "--project", "integration"]);
  step("build", node, [bin("next", "dist/bin/next"), "build"]);
  await e2e();
  console.log(`\nTous les contrôles sont passés en ${Math.round((Date.now() - started) / 1000)} s.`);
}

main().catch((error: unknown) => {
  if (error instanceof StepFailure) process.exit(error.code);
  console.error(error);
  process.exit(1);
});
