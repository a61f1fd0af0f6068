/**
 * `npm test`: everything CI checks, stopping at the first failure, then a
 * table of each step's duration.
 *
 *   npm test                            every step, on the embedded database (PGlite), or on the
 *                                       PostgreSQL server of TEST_DATABASE_URL / DATABASE_URL
 *   npm test -- --db=pglite,postgres    integration and browser tests in both database modes (CI)
 *   npm test -- lint unit               only the steps named
 *   npm test -- e2e tests/e2e/public-pages.spec.ts -g "404"
 *                                       a step, then arguments for its runner (Playwright, Vitest)
 *
 * Steps: lint (ESLint), format (Prettier), typecheck, content, unit and audit
 * (npm audit of the production dependencies) do not
 * depend on the database and run once, two at a time (the machines have two
 * cores), while each database mode's template is migrated and seeded; then
 * build; then, per mode, integration (each file on its own copy of the
 * template) and e2e (Playwright and Debian's Chromium on a copy of it,
 * served by the one build). `e2e` alone rebuilds only when the sources changed.
 */
import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  copyTemplate,
  createTemplate,
  dropTemplate,
  TEMPLATE_ENV,
  testServerUrl,
  type TemplateDatabase,
} from "../tests/support/database";
import { isBuildCurrent, recordBuild } from "./build-stamp";

type Env = Record<string, string | undefined>;
type Mode = "pglite" | "postgres";

const STEPS = [
  "lint",
  "format",
  "typecheck",
  "content",
  "unit",
  "audit",
  "build",
  "integration",
  "e2e",
] as const;
type Step = (typeof STEPS)[number];
const MODE_LABEL: Record<Mode, string> = { pglite: "PGlite", postgres: "PostgreSQL" };
const DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

class StepFailure extends Error {}

// ───────────────────────────── command line ─────────────────────────────

function parseArguments(argv: string[]) {
  const steps = new Map<Step, string[]>();
  let modes: Mode[] | null = null;
  let current: Step | null = null;
  for (const arg of argv) {
    if (arg.startsWith("--db=")) {
      modes = arg
        .slice("--db=".length)
        .split(",")
        .map((m) => {
          if (m !== "pglite" && m !== "postgres") usage(`Base inconnue : « ${m} » (pglite ou postgres).`);
          return m as Mode;
        });
    } else if ((STEPS as readonly string[]).includes(arg)) {
      current = arg as Step;
      steps.set(current, steps.get(current) ?? []);
    } else if (current) {
      steps.get(current)!.push(arg);
    } else {
      usage(`Argument inattendu : « ${arg} ». Nommez d'abord une étape : ${STEPS.join(", ")}.`);
    }
  }
  return { steps, runsAll: steps.size === 0, modes };
}

function usage(message: string): never {
  console.error(`${message}\nVoir l'en-tête de scripts/test.ts ou la section « Tests et CI » du README.`);
  process.exit(2);
}

const cli = parseArguments(process.argv.slice(2));
const wants = (step: Step) => cli.runsAll || cli.steps.has(step);
const argsOf = (step: Step) => cli.steps.get(step) ?? [];

const configuredServer = testServerUrl();
const modes: Mode[] = cli.modes ?? [configuredServer ? "postgres" : "pglite"];
const serverUrl = modes.includes("postgres") ? (configuredServer ?? DEFAULT_SERVER) : null;

const baseEnv: Env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
// Each step is given its own database below.
delete baseEnv.DATABASE_URL;
delete baseEnv.TEST_DATABASE_URL;
delete baseEnv.PGLITE_DATA_DIR;

// ───────────────────────────── running steps ─────────────────────────────

type Timing = { label: string; seconds: number; ok: boolean };
const timings: Timing[] = [];
const started = Date.now();

/**
 * Runs one command. Alone, its output goes straight to the terminal; beside
 * another step (`buffered`), it is printed in one block when it ends.
 */
function run(command: string, args: string[], options: { env?: Env; buffered?: boolean } = {}) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...baseEnv, ...options.env } as Env as NodeJS.ProcessEnv,
      stdio: options.buffered ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0) resolve(output);
      else reject(Object.assign(new StepFailure(`code ${code ?? signal}`), { output }));
    });
  });
}

/** Times a step and records it; a failure is recorded, reported and rethrown. */
async function timed(label: string, body: (buffered: boolean) => Promise<string | void>, buffered = false) {
  const t = Date.now();
  if (!buffered) console.log(`\n▶ ${label}`);
  try {
    const output = await body(buffered);
    if (buffered) console.log(`\n▶ ${label}\n${output ?? ""}`.trimEnd());
    const seconds = (Date.now() - t) / 1000;
    timings.push({ label, seconds, ok: true });
    console.log(`✔ ${label} (${seconds.toFixed(1)} s)`);
  } catch (error) {
    timings.push({ label, seconds: (Date.now() - t) / 1000, ok: false });
    if (buffered) console.log(`\n▶ ${label}\n${(error as { output?: string }).output ?? ""}`.trimEnd());
    console.error(`✖ ${label} a échoué${error instanceof StepFailure ? ` (${error.message})` : ""}.`);
    if (!(error instanceof StepFailure)) console.error(error);
    throw new StepFailure(label);
  }
}

type Task = { label: string; body: (buffered: boolean) => Promise<string | void> };

/** Runs the steps two at a time; after a failure no new one starts. */
async function twoAtATime(tasks: Task[]) {
  const queue = [...tasks];
  const buffered = tasks.length > 1;
  let failure: unknown = null;
  const lane = async () => {
    for (let task = queue.shift(); task && !failure; task = queue.shift()) {
      try {
        await timed(task.label, task.body, buffered);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all([lane(), lane()]);
  if (failure) throw failure;
}

const node = process.execPath;
const bin = (pkg: string, file: string) => path.join("node_modules", pkg, file);
const NEXT = bin("next", "dist/bin/next");

// ───────────────────────────── the steps ─────────────────────────────

const templates = new Map<Mode, TemplateDatabase>();
const workDir = mkdtempSync(path.join(os.tmpdir(), "cmq-test-"));

function staticTasks(): Task[] {
  const tasks: Task[] = [];
  const add = (step: Step, body: Task["body"]) => {
    if (wants(step)) tasks.push({ label: step, body });
  };
  add("lint", (b) => run(node, [bin("eslint", "bin/eslint.js"), ".", "--max-warnings=0"], { buffered: b }));
  add("typecheck", async (b) => {
    const generated = await run(node, [NEXT, "typegen"], { buffered: b });
    return generated + (await run(node, [bin("typescript", "bin/tsc"), "--noEmit"], { buffered: b }));
  });
  if (wants("integration") || wants("e2e")) {
    for (const mode of modes) {
      tasks.push({
        label: `database (${MODE_LABEL[mode]})`,
        body: async () => {
          templates.set(mode, await createTemplate(mode === "postgres" ? serverUrl : null, workDir));
          return "Base de test migrée et remplie (contenu 2018 et comptes de démonstration).";
        },
      });
    }
  }
  const packages = wants("e2e") ? missingDebianPackages() : [];
  if (packages.length)
    tasks.push({ label: `${packages.join(", ")} (apt)`, body: (b) => installDebianPackages(packages, b) });
  add("format", (b) => run(node, [bin("prettier", "bin/prettier.cjs"), "--check", "."], { buffered: b }));
  add("unit", (b) =>
    run(node, [bin("vitest", "vitest.mjs"), "run", "--project", "unit", ...argsOf("unit")], { buffered: b }),
  );
  add("content", (b) => run(node, [bin("tsx", "dist/cli.mjs"), "scripts/content-check.ts"], { buffered: b }));
  add("audit", auditDependencies);
  return tasks;
}

/**
 * `npm audit --omit=dev --audit-level=high`: fails on a high or critical
 * advisory in a production dependency. Where the registry does not answer
 * the audit endpoint (some mirrors and offline machines refuse it), the step
 * says so and passes: it cannot check, it has not found anything.
 */
async function auditDependencies(buffered: boolean): Promise<string> {
  const args = ["audit", "--omit=dev", "--audit-level=high"];
  const say = (message: string) => {
    if (!buffered) console.log(message);
    return message;
  };
  // npm exits with 1 both when it finds something and when the registry refuses: read its JSON.
  const output = await run("npm", [...args, "--json"], { buffered: true }).catch(
    (error: { output?: string }) => error.output ?? "",
  );
  let report: { error?: unknown; message?: string; metadata?: { vulnerabilities?: Record<string, number> } };
  try {
    report = JSON.parse(output.slice(output.indexOf("{"), output.lastIndexOf("}") + 1));
  } catch {
    return say(`npm audit n'a pas pu interroger le registre : audit non effectué.\n${output.trim()}`);
  }
  if (report.error !== undefined || !report.metadata) {
    return say(
      `Le registre refuse l'audit (${report.message ?? "réponse inattendue"}) : audit non effectué, étape suivante.`,
    );
  }
  const found = report.metadata.vulnerabilities ?? {};
  if ((found.high ?? 0) + (found.critical ?? 0) === 0) {
    return say(
      `npm audit : aucune vulnérabilité élevée ou critique dans les dépendances de production (${JSON.stringify(found)}).`,
    );
  }
  // Something to fix: fail with npm's own readable report.
  return run("npm", args, { buffered });
}

async function build() {
  const explicit = cli.runsAll || cli.steps.has("build");
  if (!explicit) {
    if (!wants("e2e")) return;
    if (isBuildCurrent()) {
      console.log("\nConstruction à jour (.next) : réutilisée. Ajoutez « build » pour la refaire.");
      return;
    }
  }
  // The typecheck step of this run has checked the whole tree already.
  const skipTypes = wants("typecheck") ? { CMQ_BUILD_SKIP_TYPECHECK: "1" } : {};
  await timed("build", () => run(node, [NEXT, "build", ...argsOf("build")], { env: skipTypes }));
  recordBuild();
}

function databaseEnv(mode: Mode): Env {
  return mode === "postgres" ? { TEST_DATABASE_URL: serverUrl! } : {};
}

/**
 * Integration files that open an embedded database of their own whatever the mode (the operator
 * scripts on a fresh PGlite folder): when the PGlite lane runs, the PostgreSQL lane leaves them out
 * instead of doing the same work twice (about a minute).
 */
const EMBEDDED_ONLY_INTEGRATION = ["tests/integration/scripts.test.ts"];

function integrationTask(mode: Mode): Task {
  const alreadyRun = mode === "postgres" && modes.includes("pglite") ? EMBEDDED_ONLY_INTEGRATION : [];
  const excluded = alreadyRun.flatMap((file) => ["--exclude", file]);
  return {
    label: `integration (${MODE_LABEL[mode]})`,
    body: (buffered) =>
      run(
        node,
        [
          bin("vitest", "vitest.mjs"),
          "run",
          "--project",
          "integration",
          ...excluded,
          ...argsOf("integration"),
        ],
        {
          env: { ...databaseEnv(mode), [TEMPLATE_ENV]: JSON.stringify(templates.get(mode)) },
          buffered,
        },
      ),
  };
}

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** What the browser tests need from Debian: Chromium for Playwright, Java for the Nu Html Checker (vnu-jar). */
function missingDebianPackages(): string[] {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM)) missing.push("chromium");
  if (spawnSync("java", ["-version"], { stdio: "ignore" }).error) missing.push("default-jre-headless");
  return missing;
}

/** Installs Debian packages (nothing is downloaded from a browser CDN), in one apt run: apt takes one lock. */
async function installDebianPackages(packages: string[], buffered: boolean) {
  const asRoot = process.getuid?.() === 0;
  const apt = (...args: string[]) =>
    run(asRoot ? "apt-get" : "sudo", asRoot ? args : ["apt-get", ...args], {
      env: { DEBIAN_FRONTEND: "noninteractive" },
      buffered,
    });
  try {
    return await apt("install", "-y", ...packages);
  } catch {
    // The package lists may be missing or stale on a fresh machine.
    return (await apt("update")) + (await apt("install", "-y", ...packages));
  }
}

/**
 * With both database modes, playwright.config.ts runs the markup-only specs
 * in the PGlite lane and the specs with their own PostgreSQL database in the
 * PostgreSQL lane only; with one mode, every spec runs.
 */
function e2eLane(mode: Mode): string {
  return modes.length < 2 ? "" : mode;
}

function e2eTask(mode: Mode): Task {
  return {
    label: `e2e (${MODE_LABEL[mode]})`,
    body: async (buffered) => {
      const copy = await copyTemplate(templates.get(mode)!, "cmq_e2e");
      const database =
        copy.config.kind === "postgres"
          ? { DATABASE_URL: copy.config.url }
          : { PGLITE_DATA_DIR: copy.config.dataDir };
      try {
        return await run(node, [bin("@playwright/test", "cli.js"), "test", ...argsOf("e2e")], {
          env: { E2E_PORT: process.env.E2E_PORT || "3100", E2E_LANE: e2eLane(mode), ...database },
          buffered,
        });
      } finally {
        await copy.drop();
      }
    },
  };
}

// ───────────────────────────── summary ─────────────────────────────

function summary() {
  const total = (Date.now() - started) / 1000;
  // CI prints one table for the whole run (npm ci included): hand it the rows.
  const file = process.env.TEST_TIMINGS_FILE;
  if (file) {
    for (const t of timings)
      appendFileSync(file, `${t.label}\t${t.seconds.toFixed(1)}\t${t.ok ? "ok" : "échec"}\n`);
    return;
  }
  const width = Math.max(...timings.map((t) => t.label.length), 5);
  console.log("\nDurées :");
  for (const t of timings)
    console.log(`  ${t.label.padEnd(width)}  ${t.seconds.toFixed(1).padStart(6)} s  ${t.ok ? "" : "échec"}`);
  console.log(`  ${"total".padEnd(width)}  ${total.toFixed(1).padStart(6)} s`);
}

async function cleanUp() {
  for (const template of templates.values()) await dropTemplate(template).catch(() => {});
  templates.clear();
  rmSync(workDir, { recursive: true, force: true });
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void cleanUp().finally(() => process.exit(130));
  });
}

async function main() {
  console.log(
    `Bases de test : ${modes.map((m) => (m === "postgres" ? `PostgreSQL (${new URL(serverUrl!).host})` : "PostgreSQL embarqué (PGlite)")).join(", ")}`,
  );
  await twoAtATime(staticTasks());
  await build();
  // Per database mode, the integration tests, then the browser tests: side by side on
  // two cores they slowed each other down by more than they overlapped (measured).
  for (const mode of modes) {
    const tasks = [
      ...(wants("integration") ? [integrationTask(mode)] : []),
      ...(wants("e2e") ? [e2eTask(mode)] : []),
    ];
    for (const task of tasks) await timed(task.label, task.body);
  }
}

let exitCode = 0;
try {
  await main();
  if (cli.runsAll) console.log("\nTous les contrôles sont passés.");
} catch (error) {
  if (!(error instanceof StepFailure)) console.error(error);
  exitCode = 1;
} finally {
  await cleanUp();
  summary();
}
process.exit(exitCode);
