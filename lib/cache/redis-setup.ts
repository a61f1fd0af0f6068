/**
 * With REDIS_URL, the shared cache library keeps each instance's view of
 * the invalidated tags in sync through Redis key-space notifications: they
 * are switched on here when the server may (a managed Redis that refuses
 * CONFIG must have them set by its operator: notify-keyspace-events "Exe").
 */
import { createClient } from "redis";
import { logger } from "@/lib/http/access-log";

export async function prepareSharedCache(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!env.REDIS_URL) return;
  const client = createClient({ url: env.REDIS_URL });
  try {
    await client.connect();
    const current = (await client.configGet("notify-keyspace-events"))["notify-keyspace-events"] ?? "";
    const hasEvents =
      current.includes("E") && (current.includes("A") || (current.includes("x") && current.includes("e")));
    if (!hasEvents) await client.configSet("notify-keyspace-events", `${current}Exe`);
  } catch (error) {
    logger.warn(
      { err: error },
      "notify-keyspace-events could not be checked; set it to Exe on the Redis server",
    );
    env.SKIP_KEYSPACE_CONFIG_CHECK = "true";
  } finally {
    await client.quit().catch(() => {});
  }
}
