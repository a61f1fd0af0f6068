/**
 * `npm start`: the portal on http://localhost:3000 (PORT respected).
 * Builds on first run (or when the sources changed), applies migrations,
 * seeds an empty database, generates the session secret once, then starts
 * the portal's server (server.ts, Next.js behind the HTTP edge). `npm run
 * dev` does the same with the development server.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR, describeDatabase, resolveDatabaseConfig } from "../lib/db/config";
import { isBuildCurrent, recordBuild } from "./build-stamp";

const root = process.cwd();
const isDev = process.argv.includes("--dev");
const port = process.env.PORT || "3000";
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

/** A secret generated on first start and kept under .data/, unless AUTH_SECRET is set. */
function ensureSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  mkdirSync(DATA_DIR, { recursive: true });
  const file = path.join(DATA_DIR, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

function buildIfNeeded() {
  if (isBuildCurrent()) return;
  console.log("Construction du portail (premier démarrage ou sources modifiées)…");
  const r = spawnSync(process.execPath, [require_next(), "build"], { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
  recordBuild();
}

function require_next(): string {
  return path.join(root, "node_modules", "next", "dist", "bin", "next");
}

/** Regenerates the Prisma client when schema.prisma is newer (e.g. after a pull without npm install). */
function generateClientIfStale() {
  const client = path.join(root, "lib", "generated", "prisma", "client.ts");
  const schema = path.join(root, "prisma", "schema.prisma");
  if (existsSync(client) && statSync(client).mtimeMs >= statSync(schema).mtimeMs) return;
  const r = spawnSync(process.execPath, [path.join(root, "scripts", "prisma-generate.mjs")], {
    stdio: "inherit",
    env,
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

async function main() {
  generateClientIfStale();
  env.AUTH_SECRET = ensureSecret();
  const config = resolveDatabaseConfig();
  console.log(`Base de données : ${describeDatabase(config)}`);
  // Imported after generation: it loads the Prisma client.
  const { prepareDatabase } = await import("../lib/db/prepare");
  await prepareDatabase(config);
  if (!isDev) buildIfNeeded();
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts", ...(isDev ? ["--dev"] : [])], {
    stdio: "inherit",
    env: { ...env, PORT: port },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
