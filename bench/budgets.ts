/**
 * The performance budgets of issue 17, checked by `npm run bench` and
 * `npm run bench:cluster` (printed PASS/FAIL, non-zero exit on a miss) —
 * never by the test suite.
 */
export const BUDGETS = {
  /** Next origin alone, cached public pages: requests/s as a share of nginx serving the same bytes. */
  originShareOfCeiling: 0.05,
  /** Search on the ×10 dataset, p99 at 1 and at 20 connections. */
  searchP99AtOneMs: 50,
  searchP99AtTwentyMs: 250,
  /** The portal's own client JavaScript above a bare Next page, gzip, per route. */
  clientJsAboveBareBytes: 15_000,
  /** Lighthouse performance may be at most this many points under the bare page's. */
  lighthousePerformanceGap: 3,
  /** Lighthouse accessibility, best practices and SEO. */
  lighthouseOtherScores: 100,
  /** Deployed (deploy/nginx.conf in front of two instances): share of the ceiling, p95 at 20 connections. */
  deployedShareOfCeiling: 0.8,
  deployedP95Ms: 20,
  /** A publish through one instance shows through the other within this delay. */
  publishVisibleMs: 5000,
} as const;

export const CONNECTIONS = 20;
