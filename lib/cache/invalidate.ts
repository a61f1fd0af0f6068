import { revalidateTag } from "next/cache";
import type { CacheTag } from "./tags";

type Listener = (tags: readonly CacheTag[]) => void;
const listeners = new Set<Listener>();

/**
 * After a write of `tags`' domains: the next request re-renders every page
 * and open-data response that read them (on this instance at once; on the
 * others through the shared cache, see next.config.mjs). Called once per
 * domain by each domain's write helper, after its transaction, never from
 * app/. Outside a Next.js request (seed, scripts, Vitest) there is no cache
 * to invalidate.
 */
export function invalidate(...tags: CacheTag[]): void {
  for (const listener of listeners) listener(tags);
  if (!process.env.NEXT_RUNTIME) return;
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}

/** Calls `listener` with the tags of every invalidation until the returned function is called (tests). */
export function onInvalidate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
