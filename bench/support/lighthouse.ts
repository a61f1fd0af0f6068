/**
 * Lighthouse 12.2.3 (the npm package, pinned) with Debian's Chromium and the
 * flags of STACK.md; the median of RUNS runs per page, each category.
 */
import { CHROMIUM } from "./nginx";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ROOT } from "./server";

export const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS || 3);
const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
].join(" ");

export type Scores = { performance: number; accessibility: number; bestPractices: number; seo: number };
type Lhr = {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
};

function runOnce(url: string): { scores: Scores; failing: string[] } {
  const r = spawnSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules", "lighthouse", "cli", "index.js"),
      url,
      "--output=json",
      "--output-path=stdout",
      "--quiet",
      `--chrome-flags=${CHROME_FLAGS}`,
      "--only-categories=performance,accessibility,best-practices,seo",
    ],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || CHROMIUM },
    },
  );
  if (r.status !== 0) throw new Error(`Lighthouse a échoué sur ${url} : ${r.stderr.slice(-500)}`);
  const lhr = JSON.parse(r.stdout) as Lhr;
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const failing = Object.entries(lhr.audits)
    .filter(([, a]) => a.scoreDisplayMode === "binary" && a.score === 0)
    .map(([id]) => id);
  return {
    scores: {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
    },
    failing,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median scores of RUNS runs, and the binary audits that failed in any run. */
export function lighthouseScores(url: string): { scores: Scores; failing: string[] } {
  const runs = Array.from({ length: RUNS }, () => runOnce(url));
  const pick = (k: keyof Scores) => median(runs.map((r) => r.scores[k]));
  return {
    scores: {
      performance: pick("performance"),
      accessibility: pick("accessibility"),
      bestPractices: pick("bestPractices"),
      seo: pick("seo"),
    },
    failing: [...new Set(runs.flatMap((r) => r.failing))],
  };
}
