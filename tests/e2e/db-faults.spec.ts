/**
 * The portal when its PostgreSQL server fails, then comes back. The
 * instance under test reaches its own database on the local server through
 * a TCP proxy this test controls (tests/support/tcp-proxy.ts): first the
 * server refuses connections (down), then it accepts them and never answers
 * (silent, the connections opened before go silent too), then it is back.
 * Throughout: /api/health answers within 2 s (503 with a French reason while
 * the database fails), public pages already in the cache keep being served,
 * other pages answer a French 503 page whose reference is the request id of
 * the access log line, a save keeps what was typed with the message; once
 * the database is back, the portal recovers by itself within 10 s. The
 * measured figures are printed.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy";
import { doEmail, signInThroughForm } from "./fixtures/auth";
import { campusIds, createDraft, unique } from "./fixtures/backoffice";
import { PORT, SEEDED } from "./public-support";

const SERVER = process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const NAME = `cmq_faults_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
const DIRECT_URL = Object.assign(new URL(SERVER), { pathname: `/${NAME}` }).toString();
const APP_PORT = PORT + 5;
const PROXY_PORT = PORT + 60; // PORT + 50 is the SMTP server of the global setup
const PROXIED_URL = Object.assign(new URL(DIRECT_URL), {
  hostname: "127.0.0.1",
  port: String(PROXY_PORT),
}).toString();
const origin = `http://localhost:${APP_PORT}`;

/** Public pages visited before the outage, so that they are in the cache. */
const CACHED = ["/", "/actions", "/ti", `/ti/actions/${SEEDED.action}`, "/formations", "/partenaires"];

let proxy: TcpProxy;
let server: ChildProcess;
const log: string[] = [];
const figures: Record<string, string> = {};

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: Math.round(performance.now() - started) };
}

async function health(request: APIRequestContext) {
  return timed(async () => {
    const response = await request.get(`${origin}/api/health`, { timeout: 10_000 });
    return { status: response.status(), body: await response.json() };
  });
}

/** The JSON lines the instance wrote to stdout. */
const logLines = () =>
  log.filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Record<string, unknown>);

test.describe.configure({ mode: "serial", timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await admin(`CREATE DATABASE "${NAME}"`);
  execFileSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "-e",
      'import("./lib/db/prepare.ts").then((m) => m.prepareDatabase({ kind: "postgres", url: process.env.DATABASE_URL }, { demoUsers: true })).then(() => process.exit(0))',
    ],
    { env: { ...process.env, DATABASE_URL: DIRECT_URL }, stdio: "ignore" },
  );
  const target = new URL(SERVER);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) }, PROXY_PORT);
  server = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      PORT: String(APP_PORT),
      DATABASE_URL: PROXIED_URL,
      AUTH_SECRET: "db-faults-secret-not-for-production-0000000",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.setEncoding("utf8").on("data", (chunk: string) => log.push(...chunk.split("\n")));
  server.stderr!.setEncoding("utf8").on("data", (chunk: string) => log.push(...chunk.split("\n")));
  await expect
    .poll(async () => (await fetch(`${origin}/api/health`).catch(() => null))?.status ?? 0, {
      timeout: 60_000,
    })
    .toBe(200);
});

test.afterAll(async () => {
  server?.kill();
  await proxy?.close();
  await admin(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
  console.log(
    `Chiffres mesurés (base en panne) :\n${Object.entries(figures)
      .map(([k, v]) => `  ${k} : ${v}`)
      .join("\n")}`,
  );
});

test("the portal serves its cache, answers 503 elsewhere, keeps typed values, and recovers on its own", async ({
  browser,
  request,
}) => {
  // Before the outage: public pages read once (so cached), a DO's edit form open.
  for (const path of CACHED) expect((await request.get(`${origin}${path}`)).status(), path).toBe(200);
  const context = await browser.newContext({ baseURL: origin });
  const page = await context.newPage();
  await signInThroughForm(page, doEmail("ti"));
  const draft = await createDraft(page.request, (await campusIds(page.request)).ti, unique("Panne"));
  await page.goto(`/admin/actions/${draft.id}`);
  await expect(page.getByLabel("Titre")).toBeVisible();
  // The draft's write invalidated the action lists just before the outage: their last good copies are served.

  for (const mode of ["refuse", "silent"] as const) {
    // The open page's own requests (prefetches of public pages) have ended: what follows asks for pages
    // whose render starts during the outage (a render already under way is the case checked last).
    await page.waitForLoadState("networkidle");
    proxy.setMode(mode);

    const down = await health(request);
    figures[`/api/health, base ${mode}`] = `${down.value.status} en ${down.ms} ms`;
    expect(down.value.status).toBe(503);
    expect(down.value.body.reason).toMatch(/base de données/);
    expect(down.ms).toBeLessThan(2_000);

    for (const path of CACHED) {
      const cached = await timed(() => request.get(`${origin}${path}`, { timeout: 15_000 }));
      figures[`${path} (en cache), base ${mode}`] = `${cached.value.status()} en ${cached.ms} ms`;
      expect(cached.value.status(), `${path} while the database is ${mode}`).toBe(200);
    }

    // A page never rendered before needs the database: a French 503 page whose reference is in the log.
    const visitor = await context.newPage();
    const fresh = await timed(() => visitor.goto(`/formations?q=${encodeURIComponent(unique("panne"))}`));
    figures[`page hors cache, base ${mode}`] = `${fresh.value?.status()} en ${fresh.ms} ms`;
    expect(fresh.value?.status()).toBe(503);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Service momentanément indisponible");
    const reference = (await visitor.getByText(/Référence de l’erreur/).textContent())!
      .split(":")
      .pop()!
      .trim();
    const html = await fresh.value!.text();
    expect(html).not.toMatch(/at \S+ \(|node_modules|ECONNREFUSED|Query read timeout/);
    await expect
      .poll(() => logLines().some((l) => l.msg === "request" && l.requestId === reference))
      .toBe(true);
    expect(logLines().find((l) => l.msg === "request" && l.requestId === reference)?.status).toBe(503);
    await visitor.close();

    // A save while the database fails (the form was open before): the message, and what was typed is kept.
    const typed = unique(`Saisie gardée (${mode})`);
    await page.getByLabel("Titre").fill(typed);
    const save = await timed(async () => {
      await page.getByRole("button", { name: "Enregistrer" }).click();
      await expect(page.getByText(/Service momentanément indisponible/).first()).toBeVisible({
        timeout: 20_000,
      });
    });
    figures[`enregistrement refusé, base ${mode}`] = `message en ${save.ms} ms`;
    await expect(page.getByLabel("Titre")).toHaveValue(typed);
  }

  proxy.setMode("back");
  const back = performance.now();
  await expect
    .poll(async () => (await health(request)).value.status, { timeout: 10_000, intervals: [250] })
    .toBe(200);
  const healthy = Math.round(performance.now() - back);
  await expect
    .poll(
      async () =>
        (
          await request.get(`${origin}/formations?q=${encodeURIComponent(unique("retour"))}`, {
            timeout: 10_000,
          })
        ).status(),
      { timeout: Math.max(1_000, 10_000 - healthy), intervals: [250] },
    )
    .toBe(200);
  const recovered = Math.round(performance.now() - back);
  figures["retour de la base → /api/health 200"] = `${healthy} ms`;
  figures["retour de la base → page hors cache 200"] = `${recovered} ms`;
  expect(recovered).toBeLessThan(10_000);

  // And the save goes through with what was kept.
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText(/Service momentanément indisponible/)).toHaveCount(0, { timeout: 15_000 });

  // A page whose render was already waiting on the database when it went down: that render fails, and
  // concurrent requests for the page share it. Each of them answers 503 with Retry-After (an outage,
  // whichever request's query failed), never 500; the next request gets the page's last good copy.
  await createDraft(page.request, (await campusIds(page.request)).ti, unique("Panne en cours de rendu"));
  proxy.setMode("silent");
  const waiting = timed(() => request.get(`${origin}/`, { timeout: 20_000 }));
  expect((await health(request)).value.status).toBe(503);
  const joining = timed(() => request.get(`${origin}/`, { timeout: 20_000 }));
  await new Promise((resolve) => setTimeout(resolve, 200));
  proxy.setMode("refuse");
  for (const [label, pending] of [
    ["rendu commencé avant la panne", waiting],
    ["même page demandée pendant ce rendu", joining],
  ] as const) {
    const { value, ms } = await pending;
    figures[`${label}, base coupée`] = `${value.status()} en ${ms} ms`;
    if (value.status() !== 200) {
      expect(value.status(), label).toBe(503);
      expect(value.headers()["retry-after"], label).toBe("10");
    }
  }
  expect((await waiting).value.status()).toBe(503);
  const after = await timed(() => request.get(`${origin}/`, { timeout: 15_000 }));
  figures["même page ensuite, base coupée"] = `${after.value.status()} en ${after.ms} ms`;
  expect(after.value.status()).toBe(200);
  proxy.setMode("back");
  await expect
    .poll(async () => (await health(request)).value.status, { timeout: 15_000, intervals: [250] })
    .toBe(200);
  await context.close();
});
