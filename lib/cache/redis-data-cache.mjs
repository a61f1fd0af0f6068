/**
 * The 'use cache' data cache (Next.js `cacheHandlers.default`) on Redis,
 * shared by every instance (see redis-page-cache.mjs).
 */
import { redisCacheHandler } from "@trieb.work/nextjs-turbo-redis-cache";

export default redisCacheHandler;
