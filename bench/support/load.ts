/**
 * Load with autocannon on loopback. Percentiles are computed from every
 * response time (autocannon's summary has no p95).
 */
import autocannon from "autocannon";

export type LoadResult = {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** Responses outside 2xx. */
  failures: number;
  total: number;
};

export const DURATION_S = Number(process.env.BENCH_DURATION || 10);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function load(options: {
  url: string;
  paths: string[];
  connections: number;
  durationS?: number;
  headers?: Record<string, string>;
}): Promise<LoadResult> {
  const times: number[] = [];
  let failures = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationS ?? DURATION_S,
        headers: options.headers,
        // Each connection walks the paths in turn.
        requests: options.paths.map((path) => ({ method: "GET", path })),
      },
      (error, summary) => (error ? reject(error) : resolve(summary)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      times.push(responseTime);
      if (statusCode < 200 || statusCode >= 300) failures += 1;
    });
  });
  times.sort((a, b) => a - b);
  return {
    requestsPerSecond: times.length / (options.durationS ?? DURATION_S),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.timeouts,
    failures,
    total: times.length,
  };
}
