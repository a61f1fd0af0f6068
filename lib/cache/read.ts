import { cacheLife, cacheTag } from "next/cache";
import type { CacheTag } from "./tags";

/**
 * Called first thing in a `'use cache'` public read: kept until a write of
 * one of `tags` invalidates it. Outside Next.js (Vitest, scripts) the
 * directive is inert and so is this.
 */
export function cachedRead(...tags: CacheTag[]): void {
  if (!process.env.NEXT_RUNTIME) return;
  cacheLife("max");
  cacheTag(...tags);
}

/**
 * The same for a read keyed by what a visitor typed or chose (filters,
 * search text, cursors): invalidated by `tags` like the others, and also
 * dropped after a day so that endless variants cannot fill the cache.
 */
export function cachedQueryRead(...tags: CacheTag[]): void {
  if (!process.env.NEXT_RUNTIME) return;
  cacheLife("hours");
  cacheTag(...tags);
}
