/**
 * Two instances of the portal on one PostgreSQL with a shared Redis cache
 * (REDIS_URL), as deployed behind a load balancer: a publish through one is
 * seen through the other within 5 s, a session opened on one holds on the
 * other. Both instances are started here, on a database of their own on the
 * local PostgreSQL server (PGlite is one process only), and their access
 * logs are read: one JSON line per request, no secret, and the id an error
 * page shows is in the log.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { doEmail, DEMO_PASSWORD, signInThroughForm } from "./fixtures/auth";
import { campusIds, createDraft, unique } from "./fixtures/backoffice";
import { PORT } from "./public-support";

const SERVER = process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const NAME = `cmq_instances_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
const DATABASE_URL = Object.assign(new URL(SERVER), { pathname: `/${NAME}` }).toString();
const PORTS = [PORT + 3, PORT + 4];
const origin = (i: number) => `http://localhost:${PORTS[i]}`;

type Instance = { process: ChildProcess; log: string[] };
const instances: Instance[] = [];

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function dbQuery(sql: string) {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function start(port: number): Instance {
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL,
      REDIS_URL: "redis://127.0.0.1:6379",
      // Entries of this run only: another build or run never answers here.
      KEY_PREFIX: `${NAME}:`,
      AUTH_SECRET: "two-instances-secret-not-for-production-0000",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const instance = { process: child, log: [] as string[] };
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => instance.log.push(...chunk.split("\n")));
  child.stderr.setEncoding("utf8").on("data", () => {});
  return instance;
}

async function ready(url: string) {
  await expect
    .poll(async () => (await fetch(`${url}/api/health`).catch(() => null))?.status ?? 0, { timeout: 60_000 })
    .toBe(200);
}

test.describe.configure({ mode: "serial", timeout: 180_000 });

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
    { env: { ...process.env, DATABASE_URL }, stdio: "ignore" },
  );
  instances.push(start(PORTS[0]), start(PORTS[1]));
  await Promise.all(PORTS.map((_, i) => ready(origin(i))));
});

test.afterAll(async () => {
  for (const instance of instances) instance.process.kill();
  await admin(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
});

test("a DO signed in through one instance stays signed in through the other", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: origin(0) });
  const page = await context.newPage();
  await signInThroughForm(page, doEmail("ti"));
  await expect(page).toHaveURL(`${origin(0)}/admin`);
  // The session cookie is the host's (ports share cookies): the other instance knows the session.
  const other = await page.goto(`${origin(1)}/admin/actions`);
  expect(other?.status()).toBe(200);
  await expect(page).toHaveURL(`${origin(1)}/admin/actions`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Actions");
  await context.close();
});

test("a publish through one instance is on the other's cached pages within 5 seconds", async ({
  browser,
}) => {
  const onA = await browser.newContext({ baseURL: origin(0) });
  const page = await onA.newPage();
  await signInThroughForm(page, doEmail("ti"));
  const a = page.request;
  const title = unique("Publié sur A");
  const draft = await createDraft(a, (await campusIds(a)).ti, title);
  // B has the action's 404 and the list without it in its cache.
  const anonymous = await browser.newContext();
  const b = anonymous.request;
  expect((await b.get(`${origin(1)}/ti/actions/${draft.slug}`)).status()).toBe(404);
  expect(await (await b.get(`${origin(1)}/ti/actions`)).text()).not.toContain(title);

  expect((await a.post(`/api/admin/actions/${draft.id}/publish`)).status()).toBe(200);
  const published = Date.now();
  await expect
    .poll(async () => (await b.get(`${origin(1)}/ti/actions/${draft.slug}`)).status(), {
      timeout: 5_000,
      intervals: [100],
    })
    .toBe(200);
  await expect
    .poll(async () => (await (await b.get(`${origin(1)}/ti/actions`)).text()).includes(title), {
      timeout: Math.max(0, 5_000 - (Date.now() - published)),
      intervals: [100],
    })
    .toBe(true);
  await anonymous.close();
  await onA.close();
});

test("the access log has one JSON line per request, without secrets, and the error page's id", async ({
  page,
}) => {
  // A read that fails: a table the catalogue needs is gone for a moment.
  await dbQuery('ALTER TABLE "Formation" RENAME TO "FormationAbsente"');
  try {
    await page.goto(`${origin(0)}/formations?q=${unique("panne")}`);
    const reference = page.getByText(/Référence de l’erreur/);
    await expect(reference).toBeVisible();
    const errorId = (await reference.textContent())!.split(":").pop()!.trim();
    await expect.poll(() => instances[0].log.join("\n")).toContain(`"errorId":"${errorId}"`);
  } finally {
    await dbQuery('ALTER TABLE "FormationAbsente" RENAME TO "Formation"');
  }
  const lines = instances[0].log.filter((l) => l.startsWith("{")).map((l) => JSON.parse(l));
  const requests = lines.filter((l) => l.msg === "request");
  expect(requests.length).toBeGreaterThan(10);
  for (const line of requests) {
    expect(Object.keys(line).sort()).toEqual(
      expect.arrayContaining(["durationMs", "method", "path", "requestId", "status"]),
    );
    expect(line.path).not.toContain("?");
  }
  const everything = instances[0].log.join("\n");
  for (const secret of [doEmail("ti"), DEMO_PASSWORD, "authjs.session-token"])
    expect(everything).not.toContain(secret);
  const failed = lines.find((l) => l.msg === "request error");
  expect(requests.some((r) => r.requestId === failed.requestId)).toBe(true);
});
