import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests run against a production build served by server.ts on
 * its own database; `npm test` (scripts/test.ts) prepares both and sets
 * E2E_PORT / the database variables. Chromium is Debian's, not a download.
 */
const port = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://localhost:${port}`;

/**
 * When CI runs the browser tests once per database mode (`npm test --
 * --db=pglite,postgres` sets E2E_LANE), each spec runs in one lane only:
 * the database engine's behaviour (queries, transactions, locks, sessions,
 * throttles, stored files) is asserted in both modes by the integration
 * tests, which run entirely on each engine; a browser test checks what a
 * person sees and does, which a second engine would not change. Running
 * every spec twice doubled the longest step of CI.
 * - the embedded engine (PGlite), the one of `npm start` and of a fresh
 *   clone: the markup (accessibility, HTML validity, keyboard, print, the
 *   editor, the widget and API docs) and the writers' journeys (a DO's, the
 *   coordinator's, autosave, the permission matrix, tables, the report
 *   campaign, the first start);
 * - PostgreSQL, the engine of production: what visitors read (pages, hosts,
 *   search, crawl, journeys, open data), what an attacker or a crowd would
 *   try (sign-in limiter, concurrent edits, uploads, edge security, mail
 *   tokens), and the specs that start their own servers on their own
 *   PostgreSQL database (database faults, several instances, idle sessions).
 * A spec in neither list runs in both lanes until it is given one.
 */
const PGLITE_LANE = [
  "public-a11y.spec.ts",
  "public-html-valid.spec.ts",
  "public-keyboard.spec.ts",
  "public-print.spec.ts",
  "backoffice-a11y.spec.ts",
  "backoffice-editor.spec.ts",
  "opendata-docs.spec.ts",
  "opendata-widget.spec.ts",
  "backoffice-do-journey.spec.ts",
  "backoffice-coordinator-journey.spec.ts",
  "backoffice-autosave.spec.ts",
  "backoffice-matrix.spec.ts",
  "backoffice-settings-tables.spec.ts",
  "report-campaign.spec.ts",
  "foundation.spec.ts",
];
const POSTGRES_LANE = [
  "public-pages.spec.ts",
  "public-hosts.spec.ts",
  "public-search.spec.ts",
  "public-crawl.spec.ts",
  "public-typography.spec.ts",
  "visitor-journeys.spec.ts",
  "opendata-api.spec.ts",
  "opendata-feeds.spec.ts",
  "backoffice-auth.spec.ts",
  "backoffice-concurrency.spec.ts",
  "backoffice-media.spec.ts",
  "edge-security.spec.ts",
  "accounts-mail.spec.ts",
  "db-faults.spec.ts",
  "edge-instances.spec.ts",
  "backoffice-idle.spec.ts",
];
const laneIgnores: Record<string, string[]> = { pglite: POSTGRES_LANE, postgres: PGLITE_LANE };
const testIgnore = (laneIgnores[process.env.E2E_LANE ?? ""] ?? []).map((file) => `**/${file}`);

export default defineConfig({
  testDir: "tests/e2e",
  testIgnore,
  // A real SMTP server receives the portal's mails (tests/e2e/fixtures/mail-server.ts).
  globalSetup: "./tests/e2e/fixtures/mail-server.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [["list"]],
  // The slowest files, printed at the end: where CI time goes.
  reportSlowTests: { max: 8, threshold: 20_000 },
  use: {
    baseURL,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
      ],
    },
  },
  projects: [
    // Signs the demo accounts in once and saves their sessions (tests/e2e/fixtures/auth.ts).
    { name: "sessions", testMatch: /auth\.setup\.ts$/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      dependencies: ["sessions"],
    },
  ],
  webServer: {
    command: "node --import tsx server.ts",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      AUTH_SECRET: process.env.AUTH_SECRET || "e2e-secret-not-for-production-000000000000",
      SMTP_URL: `smtp://127.0.0.1:${port + 50}`,
      MAIL_FROM: '"Portail des CMQ BFC (tests)" <ne-pas-repondre@cmq-bfc.test>',
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
      ...(process.env.PGLITE_DATA_DIR ? { PGLITE_DATA_DIR: process.env.PGLITE_DATA_DIR } : {}),
    },
  },
});
