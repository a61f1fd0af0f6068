/**
 * The 'use cache' data cache of a single instance (Next.js
 * `cacheHandlers.default`): Next.js's own in-memory handler, plus the last
 * value of every entry kept aside. A write drops the entries it changes
 * (lib/cache/invalidate.ts), so the next request reads the database again;
 * if the database is down or silent at that moment (lib/db.ts notes it),
 * the kept value is served instead of an error: public pages stay up,
 * one write behind, until the database is back.
 */
import { createDefaultCacheHandler } from "next/dist/server/lib/cache-handlers/default.js";
import lru from "next/dist/server/lib/lru-cache.js";
import streams from "next/dist/server/stream-utils/node-web-streams-helper.js";

const MAX_BYTES = 50 * 1024 * 1024;
const OUTAGE_MEMORY_MS = 60_000;
const inner = createDefaultCacheHandler(MAX_BYTES);
/** cacheKey → { entry (without its value), value (bytes) }: the last value set, whatever has expired since. */
const kept = new lru.LRUCache(MAX_BYTES, (item, key) => item.value.byteLength + key.length);

/** Shared with lib/http/request-context.ts (same global symbol). */
function isDatabaseFailing() {
  const outage = globalThis[Symbol.for("cmq.databaseOutage")];
  return !!outage && outage.failedAt > 0 && Date.now() - outage.failedAt < OUTAGE_MEMORY_MS;
}

const outageDataCache = {
  async get(cacheKey, softTags) {
    const entry = await inner.get(cacheKey, softTags);
    if (entry || !isDatabaseFailing()) return entry;
    const last = kept.get(cacheKey);
    if (!last) return undefined;
    return { ...last.entry, value: streams.streamFromBuffer(last.value) };
  },
  set(cacheKey, pendingEntry) {
    return inner.set(
      cacheKey,
      Promise.resolve(pendingEntry).then(async (entry) => {
        if (entry.expire === 0) return entry;
        let value;
        try {
          value = await streams.streamToBuffer(entry.value);
        } catch (error) {
          // The entry's render failed (its database query did): nothing to keep. The inner handler still
          // gets an entry, one that fails alike: it awaits this promise before its own error handling, and
          // a write it never finishes would make every later read of this key wait forever.
          return { ...entry, value: new ReadableStream({ start: (controller) => controller.error(error) }) };
        }
        const { value: _, ...metadata } = entry;
        kept.set(cacheKey, { entry: metadata, value });
        return { ...entry, value: streams.streamFromBuffer(value) };
      }),
    );
  },
  refreshTags: () => inner.refreshTags(),
  getExpiration: (tags) => inner.getExpiration(tags),
  updateTags: (tags, durations) => inner.updateTags(tags, durations),
};

export default outageDataCache;
