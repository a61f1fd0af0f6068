/**
 * `npm run bench:scale`: only the ×10 part of `npm run bench` — the search and
 * the list pages on the synthetic dataset, at 1 and 20 connections, p50/p99 —
 * for a quick before/after when working on queries. Prints figures, checks
 * the search budgets, writes nothing to bench/RESULTS.md.
 *
 * BENCH_DATABASE_URL: an existing synthetic database (`npm run bench:seed`);
 * without it a fresh one is made (`cmq_bench_x10_<random>`, dropped at the end).
 * BENCH_SCALE_PORT (default 3158), BENCH_DURATION, BENCH_SKIP_BUILD=1.
 */
import { BUDGETS, CONNECTIONS } from "./budgets";
import { createSyntheticDatabase } from "./seed";
import { load } from "./support/load";
import { dropDatabase, uniqueName } from "./support/postgres";
import { ms } from "./support/report";
import { buildPortal, startPortal } from "./support/server";

const SEARCHES = ["energie", "bts", "bac pro", "maroquinerie", "metiers d art", "linky", "enrgie"];
const SEARCH_PATHS = SEARCHES.map((q) => `/recherche?q=${encodeURIComponent(q)}`);
const LIST_PATHS = ["/formations", "/actions", "/partenaires", "/partenaires?page=5", "/formations?page=200"];

async function main() {
  buildPortal();
  let url = process.env.BENCH_DATABASE_URL;
  let drop: (() => Promise<void>) | null = null;
  if (!url) {
    const name = uniqueName("cmq_bench_x10");
    url = await createSyntheticDatabase(name, 10);
    drop = () => dropDatabase(name);
  }
  const server = await startPortal(Number(process.env.BENCH_SCALE_PORT || 3158), { DATABASE_URL: url });
  let failed = false;
  try {
    const line = (label: string, r: Awaited<ReturnType<typeof load>>) =>
      console.log(
        `${label.padEnd(34)} ${r.requestsPerSecond.toFixed(1).padStart(7)} req/s  p50 ${ms(r.p50).padStart(8)}  ` +
          `p99 ${ms(r.p99).padStart(8)}  (${r.failures + r.errors} échecs)`,
      );
    // The first request of each path fills the caches: its time is the query's cost, uncached.
    for (const p of [...SEARCH_PATHS, ...LIST_PATHS]) {
      const started = performance.now();
      const response = await fetch(server.url + p);
      await response.arrayBuffer();
      console.log(`première requête ${p.padEnd(34)} ${response.status}  ${ms(performance.now() - started)}`);
    }
    for (const connections of [1, CONNECTIONS]) {
      const r = await load({ url: server.url, paths: SEARCH_PATHS, connections });
      line(`recherche ×10, ${connections} connexion(s)`, r);
      const budget = connections === 1 ? BUDGETS.searchP99AtOneMs : BUDGETS.searchP99AtTwentyMs;
      if (!(r.p99 < budget) || r.failures + r.errors > 0) failed = true;
    }
    for (const list of LIST_PATHS) {
      for (const connections of [1, CONNECTIONS]) {
        line(
          `${list} ×10, ${connections} connexion(s)`,
          await load({ url: server.url, paths: [list], connections }),
        );
      }
    }
  } finally {
    await server.stop();
    await drop?.();
  }
  console.log(failed ? "Recherche : budget manqué." : "Recherche : budgets tenus.");
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
