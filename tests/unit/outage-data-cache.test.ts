/**
 * The data cache of a single instance (lib/cache/outage-data-cache.mjs):
 * the last good value of an entry is kept for a database outage, and a
 * write whose render failed — the database went away mid-query — leaves
 * the key readable: no later read waits on it.
 */
import { afterEach, describe, expect, it } from "vitest";
import outageDataCache from "@/lib/cache/outage-data-cache.mjs";

const OUTAGE = Symbol.for("cmq.databaseOutage");
const outage = globalThis as { [OUTAGE]?: { failedAt: number } };

function entry(value: ReadableStream<Uint8Array>, overrides: Record<string, unknown> = {}) {
  return { value, tags: [], stale: 0, timestamp: Date.now(), expire: 300, revalidate: 60, ...overrides };
}

const bytes = (text: string) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });

/** The read's result, or "still waiting" after a second. */
function readWithin(key: string) {
  return Promise.race([
    outageDataCache.get(key, []),
    new Promise((resolve) => setTimeout(() => resolve("still waiting"), 1_000)),
  ]);
}

afterEach(() => {
  outage[OUTAGE] = { failedAt: 0 };
});

describe("outage data cache", () => {
  it("answers the reads of a key whose write failed, and keeps nothing of it", async () => {
    const key = `failed-${Math.random()}`;
    const failing = new ReadableStream<Uint8Array>({
      start: (controller) => controller.error(new Error("Connection terminated unexpectedly")),
    });
    await outageDataCache.set(key, Promise.resolve(entry(failing)));
    expect(await readWithin(key)).toBeUndefined();
    outage[OUTAGE] = { failedAt: Date.now() };
    expect(await readWithin(key)).toBeUndefined();
  });

  it("serves the last good value of an expired entry while the database fails, and only then", async () => {
    const key = `kept-${Math.random()}`;
    await outageDataCache.set(key, Promise.resolve(entry(bytes("last good"), { revalidate: 0 })));
    expect(await readWithin(key)).toBeUndefined();
    outage[OUTAGE] = { failedAt: Date.now() };
    const served = (await readWithin(key)) as { value: ReadableStream<Uint8Array> };
    expect(await new Response(served.value).text()).toBe("last good");
  });
});
