/**
 * The page and route cache (Next.js `cacheHandler`) on Redis, shared by
 * every instance, with tag invalidation across them. Loaded by Next.js only
 * when REDIS_URL is set (next.config.mjs). Keys are prefixed with KEY_PREFIX,
 * else the build id, so two builds never read each other's pages.
 */
import CachedHandler from "@trieb.work/nextjs-turbo-redis-cache";

export default CachedHandler;
