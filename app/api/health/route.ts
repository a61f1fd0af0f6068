import { databaseHealth } from "@/lib/db/health";

/** Liveness and migration state, for operators and the end-to-end test. */
export async function GET() {
  const health = await databaseHealth();
  const ok = health.reachable && !!health.migrations?.upToDate;
  return Response.json(
    { status: ok ? "ok" : "degraded", ...health },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
