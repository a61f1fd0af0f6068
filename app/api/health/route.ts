import { databaseHealth } from "@/lib/db/health";

/** Liveness and migration state, for operators and the end-to-end test. */
export async function GET() {
  const health = await databaseHealth();
  const ok = health.reachable && !!health.migrations?.upToDate;
  const reason =
    health.reason ?? (ok ? undefined : "Le schéma de la base n’est pas à jour (migrations à appliquer).");
  return Response.json(
    { status: ok ? "ok" : "degraded", ...health, ...(reason ? { reason } : {}) },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
