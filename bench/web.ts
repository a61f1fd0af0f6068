/**
 * `npm run bench`: the portal's production server on a real PostgreSQL
 * (fresh databases on 127.0.0.1:5432, dropped at the end), measured with
 * autocannon on loopback against nginx serving the same bytes from disk
 * (the ceiling, same run), plus the search on the ×10 synthetic dataset,
 * the client JavaScript above a bare Next page, and Lighthouse. Budgets:
 * bench/budgets.ts; a missed budget makes the exit code non-zero.
 *
 * Ports 3150–3153. BENCH_DURATION (s per measure, default 10),
 * BENCH_SKIP_BUILD=1 (reuse .next), BENCH_LIGHTHOUSE_RUNS (default 3).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { prepareDatabase } from "../lib/db/prepare";
import { BUDGETS, CONNECTIONS } from "./budgets";
import { createSyntheticDatabase } from "./seed";
import { buildBareApp, clientJsBytes } from "./support/client-js";
import { lighthouseScores } from "./support/lighthouse";
import { load } from "./support/load";
import { ensureChromium, ensureNginx, startNginx, staticServerConfig } from "./support/nginx";
import { createDatabase, dropDatabase, uniqueName, withClient } from "./support/postgres";
import { kB, ms, pct } from "./support/report";
import { runBenchmark, type Page } from "./support/run";
import { buildPortal, startNextApp, startPortal } from "./support/server";

const PORTS = { origin: 3150, originLarge: 3151, ceiling: 3152, bare: 3153 };
const SEARCHES = ["energie", "bts", "bac pro", "maroquinerie", "metiers d art", "linky", "enrgie"];

async function publishedActionPath(url: string): Promise<string> {
  return withClient(url, async (c) => {
    const r = await c.query<{ slug: string }>(
      `SELECT a.slug FROM "Action" a JOIN "ActionCampus" ac ON ac."actionId" = a.id JOIN "Campus" c ON c.id = ac."campusId"
       WHERE c.slug = 'ti' AND a.publication = 'PUBLISHED' ORDER BY a.slug LIMIT 1`,
    );
    return `/ti/actions/${r.rows[0].slug}`;
  });
}

/** Fetches each page twice (the first request may fill the server's cache), keeps the bytes. */
async function snapshot(origin: string, pages: Page[], dir: string) {
  for (const page of pages) {
    await fetch(origin + page.path);
    const response = await fetch(origin + page.path);
    if (response.status !== 200) throw new Error(`${page.path} répond ${response.status}.`);
    writeFileSync(path.join(dir, page.file), Buffer.from(await response.arrayBuffer()));
  }
}

runBenchmark(
  "npm run bench — origine seule, recherche ×10, JavaScript client, Lighthouse",
  "bench",
  async (report, cleanup) => {
    ensureNginx();
    ensureChromium();
    buildPortal();

    const name = uniqueName("cmq_bench");
    const url = await createDatabase(name);
    cleanup.add(() => dropDatabase(name));
    await prepareDatabase({ kind: "postgres", url }, { demoUsers: false, log: () => {} });
    const large = uniqueName("cmq_bench_x10");
    cleanup.add(() => dropDatabase(large));
    const largeUrl = await createSyntheticDatabase(large, 10, (line) => report.note(line));

    const origin = await startPortal(PORTS.origin, { DATABASE_URL: url });
    cleanup.add(origin.stop);
    const pages: Page[] = [
      { name: "hub", path: "/", file: "hub.html" },
      { name: "accueil d'un campus", path: "/ti", file: "campus.html" },
      { name: "formations", path: "/formations", file: "formations.html" },
      { name: "page d'une action", path: await publishedActionPath(url), file: "action.html" },
      { name: "données ouvertes (liste)", path: "/api/v1/actions", file: "opendata.json" },
    ];
    const tmp = mkdtempSync(path.join(os.tmpdir(), "cmq-bench-"));
    cleanup.add(() => rmSync(tmp, { recursive: true, force: true }));
    const files = path.join(tmp, "ceiling");
    mkdirSync(files);
    await snapshot(origin.url, pages, files);
    const nginx = startNginx(path.join(tmp, "nginx"), staticServerConfig(PORTS.ceiling, files));
    cleanup.add(nginx.stop);

    // A fresh Node process runs several times slower until its hot code is optimised (seconds of
    // load): without this, the first page measured (the hub) paid for it and looked 3× slower
    // than the others at the same CPU time per request.
    await load({ url: origin.url, paths: pages.map((p) => p.path), connections: CONNECTIONS, durationS: 5 });
    report.note(
      `Pages en cache, ${CONNECTIONS} connexions : nginx (plafond, mêmes octets) puis l'origine Next (après 5 s de chauffe).`,
    );
    for (const page of pages) {
      const ceiling = await load({
        url: `http://127.0.0.1:${PORTS.ceiling}`,
        paths: [`/${page.file}`],
        connections: CONNECTIONS,
      });
      const measured = await load({ url: origin.url, paths: [page.path], connections: CONNECTIONS });
      const share = measured.requestsPerSecond / ceiling.requestsPerSecond;
      report.note(
        `${page.name.padEnd(26)} ${page.path.slice(0, 40).padEnd(40)} nginx ${ceiling.requestsPerSecond.toFixed(0).padStart(6)} req/s  ` +
          `origine ${measured.requestsPerSecond.toFixed(0).padStart(5)} req/s  p99 ${ms(measured.p99)}  ` +
          `(${measured.failures + measured.errors} échecs)`,
      );
      report.check(
        `origine / plafond — ${page.name}`,
        pct(share),
        `≥ ${pct(BUDGETS.originShareOfCeiling)}`,
        share >= BUDGETS.originShareOfCeiling && measured.failures + measured.errors === 0,
      );
    }

    // Search and lists at ten times the data.
    const originLarge = await startPortal(PORTS.originLarge, { DATABASE_URL: largeUrl });
    cleanup.add(originLarge.stop);
    const searchPaths = SEARCHES.map((q) => `/recherche?q=${encodeURIComponent(q)}`);
    for (const p of searchPaths) await fetch(originLarge.url + p);
    for (const [connections, budget] of [
      [1, BUDGETS.searchP99AtOneMs],
      [CONNECTIONS, BUDGETS.searchP99AtTwentyMs],
    ] as const) {
      const r = await load({ url: originLarge.url, paths: searchPaths, connections });
      report.note(
        `recherche ×10, ${connections} connexion(s) : ${r.requestsPerSecond.toFixed(1)} req/s, p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, p99 ${ms(r.p99)} (${SEARCHES.length} requêtes en alternance)`,
      );
      report.check(
        `recherche ×10, p99 à ${connections} connexion(s)`,
        ms(r.p99),
        `< ${budget} ms`,
        r.p99 < budget && r.failures + r.errors === 0,
      );
    }
    for (const list of ["/formations", "/actions", "/partenaires"]) {
      await fetch(originLarge.url + list);
      const r = await load({ url: originLarge.url, paths: [list], connections: CONNECTIONS });
      report.check(
        `${list} ×10, ${CONNECTIONS} connexions`,
        `${r.requestsPerSecond.toFixed(0)} req/s, p99 ${ms(r.p99)}`,
        "",
        null,
      );
    }
    await originLarge.stop();

    // Client JavaScript above a bare Next page, per route.
    const bare = buildBareApp();
    cleanup.add(bare.remove);
    const bareServer = await startNextApp(bare.dir, PORTS.bare);
    cleanup.add(bareServer.stop);
    const bareJs = await clientJsBytes(bareServer.url, "/");
    report.note(`JavaScript client de la page Next nue : ${kB(bareJs)} gzip.`);
    for (const page of [
      ...pages.filter((p) => p.file.endsWith(".html")),
      { name: "recherche", path: "/recherche?q=energie", file: "" },
    ]) {
      const extra = (await clientJsBytes(origin.url, page.path)) - bareJs;
      report.check(
        `JavaScript client au-dessus de la page nue — ${page.name}`,
        kB(extra),
        `≤ ${kB(BUDGETS.clientJsAboveBareBytes)}`,
        extra <= BUDGETS.clientJsAboveBareBytes,
      );
    }

    // Lighthouse: the bare page and the portal's main templates, in the same run.
    const reference = lighthouseScores(bareServer.url + "/");
    report.note(`Lighthouse, page nue : performance ${reference.scores.performance}.`);
    for (const page of pages.slice(0, 4)) {
      const { scores, failing } = lighthouseScores(origin.url + page.path);
      report.note(
        `Lighthouse ${page.name} : performance ${scores.performance}, accessibilité ${scores.accessibility}, bonnes pratiques ${scores.bestPractices}, SEO ${scores.seo}` +
          (failing.length ? ` — audits échoués : ${failing.join(", ")}` : ""),
      );
      const gap = reference.scores.performance - scores.performance;
      report.check(
        `Lighthouse performance — ${page.name}`,
        `${scores.performance} (page nue ${reference.scores.performance})`,
        `≥ page nue − ${BUDGETS.lighthousePerformanceGap}`,
        gap <= BUDGETS.lighthousePerformanceGap,
      );
      const others = Math.min(scores.accessibility, scores.bestPractices, scores.seo);
      report.check(
        `Lighthouse accessibilité / bonnes pratiques / SEO — ${page.name}`,
        `${scores.accessibility} / ${scores.bestPractices} / ${scores.seo}`,
        `${BUDGETS.lighthouseOtherScores} partout`,
        others >= BUDGETS.lighthouseOtherScores,
      );
    }
  },
);
