/**
 * `npm run bench:cluster`: the deployed topology on loopback — two
 * instances of the portal sharing Redis (REDIS_URL=redis://127.0.0.1:6379,
 * keys under a prefix of this run, removed at the end) and one PostgreSQL
 * database (fresh, dropped at the end), behind deploy/nginx.conf (ports and
 * paths templated). Measures the cached public pages through nginx against
 * nginx serving the same bytes from disk, and how long a publication made
 * through one instance takes to show through the other. Budgets:
 * bench/budgets.ts; a missed budget makes the exit code non-zero.
 *
 * Ports 3154–3157. BENCH_DURATION, BENCH_SKIP_BUILD=1 as for `npm run bench`.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { prepareDatabase } from "../lib/db/prepare";
import { BUDGETS, CONNECTIONS } from "./budgets";
import { get } from "./support/http";
import { load } from "./support/load";
import {
  CHROMIUM,
  deployedConfig,
  ensureChromium,
  ensureNginx,
  startNginx,
  staticServerConfig,
} from "./support/nginx";
import { createDatabase, dropDatabase, uniqueName, withClient } from "./support/postgres";
import { ms, pct, Report } from "./support/report";
import { runBenchmark, type Page } from "./support/run";
import { buildPortal, startPortal, type RunningServer } from "./support/server";

const PORTS = { a: 3154, b: 3155, nginx: 3156, ceiling: 3157 };
const HOST = "cmq-bfc.org";
const REDIS_URL = process.env.BENCH_REDIS_URL || "redis://127.0.0.1:6379";
const COORDINATOR = "coordination@cmq-bfc.org";
const DEMO_PASSWORD = process.env.DEMO_PASSWORD || "cmq-bfc-2018";
const POLL_MS = 50;

function redisCli(...args: string[]): string {
  const u = new URL(REDIS_URL);
  const r = spawnSync("redis-cli", ["-h", u.hostname, "-p", u.port || "6379", ...args], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`redis-cli ${args[0]} : ${r.stderr || "échec"}`);
  return r.stdout;
}

function removeRedisKeys(prefix: string) {
  const keys = redisCli("--scan", "--pattern", `${prefix}*`).split("\n").filter(Boolean);
  for (let i = 0; i < keys.length; i += 500) redisCli("del", ...keys.slice(i, i + 500));
}

/** Signs in through instance `origin`'s /connexion form, as a person would; returns the Cookie header. */
async function signInCookie(origin: string): Promise<string> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/connexion?callbackUrl=%2Fadmin`);
    await page.getByLabel("Adresse e-mail").fill(COORDINATOR);
    await page.getByLabel("Mot de passe", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL((url) => url.pathname === "/admin");
    const cookies = await page.context().cookies();
    return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}

/** Milliseconds until `url` answers `status` (polled), or Infinity after `limitMs`. */
async function delayUntil(url: string, status: number, headers: Record<string, string>, limitMs = 15_000) {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if ((await get(url, headers)).status === status) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return Infinity;
}

async function measurePublication(report: Report, a: RunningServer, b: RunningServer, databaseUrl: string) {
  const action = await withClient(databaseUrl, async (c) => {
    const r = await c.query<{ id: string; slug: string }>(
      `SELECT a.id, a.slug FROM "Action" a JOIN "ActionCampus" ac ON ac."actionId" = a.id JOIN "Campus" c ON c.id = ac."campusId"
       WHERE c.slug = 'ti' AND a.publication = 'PUBLISHED' ORDER BY a.slug LIMIT 1`,
    );
    return r.rows[0];
  });
  const pagePath = `/ti/actions/${action.slug}`;
  const cookie = await signInCookie(a.url);
  const host = { host: HOST };
  // Both instances and nginx hold the page in their caches before the write.
  for (const origin of [a.url, b.url, `http://127.0.0.1:${PORTS.nginx}`]) {
    for (let i = 0; i < 2; i++) await get(origin + pagePath, host);
  }
  for (const [operation, expected] of [
    ["unpublish", 404],
    ["publish", 200],
  ] as const) {
    const write = await fetch(`${a.url}/api/admin/actions/${action.id}/${operation}`, {
      method: "POST",
      headers: { cookie, origin: a.url },
    });
    if (!write.ok)
      throw new Error(`${operation} via l'instance A : HTTP ${write.status} ${await write.text()}`);
    const [onB, throughNginx] = await Promise.all([
      delayUntil(b.url + pagePath, expected, host),
      delayUntil(`http://127.0.0.1:${PORTS.nginx}${pagePath}`, expected, host),
    ]);
    const label = operation === "publish" ? "publication" : "retrait";
    report.check(
      `${label} via A visible sur B (${pagePath} → ${expected})`,
      Number.isFinite(onB) ? ms(onB) : "jamais (15 s)",
      `< ${BUDGETS.publishVisibleMs / 1000} s`,
      onB < BUDGETS.publishVisibleMs,
    );
    report.check(
      `${label} via A visible au travers de nginx`,
      Number.isFinite(throughNginx) ? ms(throughNginx) : "jamais (15 s)",
      `< ${BUDGETS.publishVisibleMs / 1000} s`,
      throughNginx < BUDGETS.publishVisibleMs,
    );
  }
}

runBenchmark(
  "npm run bench:cluster — deploy/nginx.conf devant deux instances, Redis, PostgreSQL",
  "cluster",
  async (report, cleanup) => {
    ensureNginx();
    ensureChromium();
    if (redisCli("ping").trim() !== "PONG") throw new Error(`Redis ne répond pas sur ${REDIS_URL}.`);
    buildPortal();

    const name = uniqueName("cmq_bench_cluster");
    const url = await createDatabase(name);
    cleanup.add(() => dropDatabase(name));
    await prepareDatabase({ kind: "postgres", url }, { demoUsers: true, log: () => {} });

    const prefix = `cmq-bench-${randomBytes(4).toString("hex")}:`;
    cleanup.add(() => removeRedisKeys(prefix));
    const env = { DATABASE_URL: url, REDIS_URL, KEY_PREFIX: prefix, CMQ_BASE_DOMAIN: HOST };
    const a = await startPortal(PORTS.a, env);
    cleanup.add(a.stop);
    const b = await startPortal(PORTS.b, env);
    cleanup.add(b.stop);

    const tmp = mkdtempSync(path.join(os.tmpdir(), "cmq-bench-cluster-"));
    cleanup.add(() => rmSync(tmp, { recursive: true, force: true }));
    const files = path.join(tmp, "ceiling");
    mkdirSync(files);
    const nginxDir = path.join(tmp, "nginx");
    mkdirSync(nginxDir);
    const nginx = startNginx(
      nginxDir,
      deployedConfig({ port: PORTS.nginx, upstreams: [PORTS.a, PORTS.b], dir: nginxDir }) +
        "\n" +
        staticServerConfig(PORTS.ceiling, files),
    );
    cleanup.add(nginx.stop);
    const front = `http://127.0.0.1:${PORTS.nginx}`;

    const actionSlug = await withClient(url, async (c) => {
      const r = await c.query<{ slug: string }>(
        `SELECT a.slug FROM "Action" a JOIN "ActionCampus" ac ON ac."actionId" = a.id JOIN "Campus" c ON c.id = ac."campusId"
         WHERE c.slug = 'ti' AND a.publication = 'PUBLISHED' ORDER BY a.slug DESC LIMIT 1`,
      );
      return r.rows[0].slug;
    });
    const pages: Page[] = [
      { name: "hub", path: "/", file: "hub.html" },
      { name: "accueil d'un campus", path: "/ti", file: "campus.html" },
      { name: "formations", path: "/formations", file: "formations.html" },
      { name: "page d'une action", path: `/ti/actions/${actionSlug}`, file: "action.html" },
      { name: "données ouvertes (liste)", path: "/api/v1/actions", file: "opendata.json" },
    ];
    const host = { host: HOST };
    for (const page of pages) {
      for (const origin of [a.url, b.url]) await get(origin + page.path, host);
      const response = await get(front + page.path, host);
      if (response.status !== 200)
        throw new Error(`${page.path} répond ${response.status} au travers de nginx.`);
      writeFileSync(path.join(files, page.file), response.body);
    }

    report.note(
      `Pages publiques, ${CONNECTIONS} connexions : nginx sur les mêmes octets (plafond) puis le déploiement.`,
    );
    for (const page of pages) {
      const ceiling = await load({
        url: `http://127.0.0.1:${PORTS.ceiling}`,
        paths: [`/${page.file}`],
        connections: CONNECTIONS,
      });
      const deployed = await load({
        url: front,
        paths: [page.path],
        connections: CONNECTIONS,
        headers: host,
      });
      const share = deployed.requestsPerSecond / ceiling.requestsPerSecond;
      report.note(
        `${page.name.padEnd(26)} plafond ${ceiling.requestsPerSecond.toFixed(0).padStart(6)} req/s  déployé ${deployed.requestsPerSecond.toFixed(0).padStart(6)} req/s  p95 ${ms(deployed.p95)}  p99 ${ms(deployed.p99)}  (${deployed.failures + deployed.errors} échecs)`,
      );
      report.check(
        `déployé / plafond — ${page.name}`,
        pct(share),
        `≥ ${pct(BUDGETS.deployedShareOfCeiling)}`,
        share >= BUDGETS.deployedShareOfCeiling && deployed.failures + deployed.errors === 0,
      );
      report.check(
        `p95 déployé à ${CONNECTIONS} connexions — ${page.name}`,
        ms(deployed.p95),
        `< ${BUDGETS.deployedP95Ms} ms`,
        deployed.p95 < BUDGETS.deployedP95Ms,
      );
    }

    await measurePublication(report, a, b, url);
  },
);
