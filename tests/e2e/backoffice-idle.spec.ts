/**
 * The idle dialog, against a real session that really ends. The shared
 * test server keeps the 30-minute idle limit (its saved sessions serve the
 * whole run), so this file starts an instance of its own, on a database of
 * its own on the local PostgreSQL server, with a 40-second idle limit and
 * the warning 20 seconds before it (SESSION_IDLE_TIMEOUT_SECONDS,
 * SESSION_IDLE_WARNING_SECONDS): the dialog comes 20 seconds after the last
 * request that touched the session instead of 28 minutes. The policy caps the
 * warning at half the limit (lib/auth/session-policy.ts): a warning of 30
 * seconds asked here used to be 20 in fact, so the dialog came at the very end
 * of a 20-second wait and, on a busy machine, after it.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO_PASSWORD, doEmail } from "./fixtures/auth";
import { expectNoAxeViolations } from "./fixtures/axe";
import { PORT } from "./public-support";

const SERVER = process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const NAME = `cmq_idle_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
const DATABASE_URL = Object.assign(new URL(SERVER), { pathname: `/${NAME}` }).toString();
const IDLE_PORT = PORT + 7;
const ORIGIN = `http://localhost:${IDLE_PORT}`;
let instance: ChildProcess | null = null;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function signIn(page: Page, email = doEmail("ti")) {
  await page.goto(`${ORIGIN}/connexion?callbackUrl=%2Fadmin%2Factions%2Fnouvelle`);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  // The instance's first sign-in (argon2, cold pages) can be slow on a busy machine.
  await expect(page).toHaveURL(`${ORIGIN}/admin/actions/nouvelle`, { timeout: 30_000 });
}

test.describe.configure({ mode: "serial", timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
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
  instance = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      PORT: String(IDLE_PORT),
      DATABASE_URL,
      SESSION_IDLE_TIMEOUT_SECONDS: "40",
      SESSION_IDLE_WARNING_SECONDS: "20",
      AUTH_SECRET: "idle-dialog-secret-not-for-production-00000",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: "ignore",
  });
  await expect
    .poll(async () => (await fetch(`${ORIGIN}/api/health`).catch(() => null))?.status ?? 0, {
      timeout: 90_000,
    })
    .toBe(200);
  // Warm the pages the test opens, so that its timings are the session's, not the first render's.
  for (const path of ["/connexion", "/admin/actions/nouvelle"])
    await fetch(`${ORIGIN}${path}`).catch(() => null);
});

test.afterAll(async () => {
  instance?.kill();
  await admin(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
});

test("« Rester connecté » extends the session; when it still ends, the typed text stays and the message is next to the save button", async ({
  page,
  context,
}) => {
  page.on("dialog", (dialog) => dialog.accept());
  await signIn(page);

  // About 20 seconds after the last request, the warning: a modal alert dialog, focus on its first button.
  const dialog = page.getByRole("alertdialog", { name: "Votre session va bientôt expirer" });
  await expect(dialog).toBeVisible({ timeout: 35_000 });
  await expect(dialog).toContainText(/vous serez déconnecté à \d{1,2}\u00a0h\u00a0\d{2}/);
  await expect(dialog.getByRole("button", { name: "Rester connecté" })).toBeFocused();
  await expectNoAxeViolations(page, "dialogue d'inactivité");
  await dialog.getByRole("button", { name: "Rester connecté" }).click();
  await expect(dialog).toBeHidden();
  const left = (await (await page.request.get(`${ORIGIN}/api/admin/session`)).json()) as {
    timeLeftMs: number;
  };
  expect(left.timeLeftMs).toBeGreaterThan(20_000);

  // It comes back after another quiet spell; Escape closes it, focus goes back where it was.
  const title = page.getByRole("textbox", { name: "Titre" });
  await title.click();
  await expect(dialog).toBeVisible({ timeout: 35_000 });
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(title).toBeFocused();

  // Typed, never saved; the session then really ends (no request for 40 seconds).
  await title.pressSequentially("Atelier tapé avant l'expiration");
  const expired = page.getByRole("alertdialog", { name: "Votre session a expiré" });
  await expect(expired).toBeVisible({ timeout: 60_000 });
  await expect(expired.getByRole("link", { name: "Se reconnecter dans un nouvel onglet" })).toBeFocused();
  await expired.getByRole("button", { name: "Fermer" }).click();
  await expect(expired).toBeHidden();

  const save = page.getByRole("button", { name: "Enregistrer", exact: true });
  const nextToSave = save.locator("xpath=..").getByRole("alert");
  await expect(nextToSave).toContainText("Votre session a expiré : vos saisies sont conservées ici.");
  await save.click();
  await expect(nextToSave).toContainText("Votre session a expiré");
  await expect(title).toHaveValue("Atelier tapé avant l'expiration");
  await expect(page).toHaveURL(`${ORIGIN}/admin/actions/nouvelle`);
  await expectNoAxeViolations(page, "session expirée, saisies conservées");

  // Signed in again in another tab, back here: the message goes, the text is saved.
  const other = await context.newPage();
  await signIn(other);
  await other.close();
  await page.bringToFront();
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  await expect(nextToSave).toHaveCount(0);
  await expect(title).toHaveValue("Atelier tapé avant l'expiration");
});

test("a prefetch does not count as activity: only the user's own requests extend the session", async ({
  page,
}) => {
  await signIn(page, doEmail("agt"));
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    const SESSION = `SELECT s.id FROM "Session" s JOIN "User" u ON u.id = s."userId"
      WHERE u.email = $1 AND s."revokedAt" IS NULL ORDER BY s."createdAt" DESC LIMIT 1`;
    const sid = ((await client.query(SESSION, [doEmail("agt")])).rows[0] as { id: string }).id;
    // The session as if its last activity were 15 seconds ago: older than the interval between
    // two writes of lastSeenAt (4 seconds here), well within the 40-second idle limit.
    const lastSeenAt = async () =>
      (
        (await client.query(`SELECT "lastSeenAt" FROM "Session" WHERE id = $1`, [sid])).rows[0] as {
          lastSeenAt: Date;
        }
      ).lastSeenAt.getTime();
    const backdate = async () => {
      await client.query(`UPDATE "Session" SET "lastSeenAt" = now() - interval '15 seconds' WHERE id = $1`, [
        sid,
      ]);
      return lastSeenAt();
    };

    // Prefetches of the menu's links by Next's router (full and per segment), and the browser's
    // speculative loads of a whole page: none moves lastSeenAt.
    const prefetches: Record<string, string>[] = [
      { RSC: "1", "Next-Router-Prefetch": "1" },
      { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/_tree" },
      { "Sec-Purpose": "prefetch" },
      { Purpose: "prefetch" },
    ];
    const before = await backdate();
    for (const headers of prefetches) {
      for (const path of ["/admin/actions", "/admin", "/admin/compte"]) {
        const response = await page.request.get(`${ORIGIN}${path}`, { headers, maxRedirects: 0 });
        // A speculative load of the document renders the whole page, signed in: the session was read.
        if (!("RSC" in headers)) {
          expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBe(200);
          expect(await response.text()).toContain("Se déconnecter");
        }
      }
      expect(await lastSeenAt(), JSON.stringify(headers)).toBe(before);
    }

    // The same page opened by the user does.
    await page.goto(`${ORIGIN}/admin/actions`);
    await expect(page.getByRole("heading", { level: 1, name: "Actions" })).toBeVisible();
    expect(await lastSeenAt()).toBeGreaterThan(before);
  } finally {
    await client.end();
  }
});
