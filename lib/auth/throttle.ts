import "server-only";
/**
 * The password throttle, shared by every instance and kept across restarts
 * (rate-limiter-flexible): in PostgreSQL — the Prisma store on the RateLimit
 * table, the same in both database modes — or in Redis when REDIS_URL is set.
 * It guards every place a password is checked: sign-in and the "current
 * password" of "Mon compte".
 *
 * Each attempt is counted atomically (an INSERT … ON CONFLICT DO UPDATE
 * points = points + 1 … RETURNING, or a Redis INCR) BEFORE the password is
 * checked, and only an attempt whose count is within the limits is checked:
 * a parallel burst cannot slip between "is it blocked?" and "count it". A
 * correct password gives its points back; a wrong one keeps them.
 *
 * Limits, over a 15-minute window:
 * - per client address (lib/http/request-client.ts `clientAddress()`, which
 *   believes X-Forwarded-For only through TRUSTED_PROXIES): 50 attempts;
 * - per account: 10 attempts — from addresses the account never signed in from;
 * - per account AND known address: 10 attempts.
 *
 * No remote lockout: an address that already signed in successfully to an
 * account is "known" for that account (a key kept 90 days, renewed at each
 * success). Attempts from a known address are counted on their own
 * account+address key instead of the account key, so failures from any
 * number of other (possibly forged) addresses, which exhaust the account key,
 * never block the owner at their usual address; and guesses from a known
 * address are still bounded (10 per window, plus its address limit). An
 * attacker can only get to use the owner's budget by being at the owner's
 * address, and even then gets 10 guesses per window.
 *
 * Keys are hashed (SHA-256): no e-mail or address is stored in clear.
 * Any store error refuses the attempt as "unavailable", and nothing counts.
 */
import { createHash } from "node:crypto";
import {
  RateLimiterPrisma,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { createClient } from "redis";
import { db } from "@/lib/db";
import { logger } from "@/lib/http/access-log";

export const ACCOUNT_ATTEMPTS = 10;
export const ADDRESS_ATTEMPTS = 50;
export const WINDOW_SECONDS = 15 * 60;
export const KNOWN_ADDRESS_SECONDS = 90 * 24 * 60 * 60;

/** Who tries: the account (its e-mail) and the client address. */
export type PasswordAttempt = { account: string; address: string };

export type ThrottleVerdict<T> =
  | { status: "accepted"; value: T }
  | { status: "refused" }
  | { status: "throttled"; retryAfterMs: number }
  | { status: "unavailable" };

type Limiters = {
  account: RateLimiterAbstract;
  address: RateLimiterAbstract;
  device: RateLimiterAbstract;
  known: RateLimiterAbstract;
};

type Holder = { limiters?: Limiters; storeKey?: string; connecting?: Promise<unknown> };
const holder = ((globalThis as { __cmqPasswordThrottle?: Holder }).__cmqPasswordThrottle ??= {});

/** How long a check waits for Redis to (re)connect before answering "unavailable". */
const REDIS_CONNECT_WAIT_MS = 2000;

function redisClient(url: string) {
  // No offline queue: while Redis is away, a command fails at once instead of waiting.
  const client = createClient({ url, disableOfflineQueue: true });
  client.on("error", (error) => logger.warn({ err: error }, "password throttle: Redis error"));
  holder.connecting = client.connect().catch(() => {});
  return client;
}

async function storeReady(): Promise<void> {
  if (!holder.connecting) return;
  await Promise.race([
    holder.connecting,
    new Promise((resolve) => setTimeout(resolve, REDIS_CONNECT_WAIT_MS)),
  ]);
}

function createLimiters(redisUrl: string | undefined): Limiters {
  const store = redisUrl
    ? { storeClient: redisClient(redisUrl), useRedisPackage: true, rejectIfRedisNotReady: true }
    : { storeClient: db, tableName: "rateLimit" };
  const make = (keyPrefix: string, points: number, duration: number) =>
    redisUrl
      ? new RateLimiterRedis({ ...store, keyPrefix: `cmq-throttle:${keyPrefix}`, points, duration })
      : new RateLimiterPrisma({ ...store, keyPrefix, points, duration });
  return {
    account: make("account", ACCOUNT_ATTEMPTS, WINDOW_SECONDS),
    address: make("address", ADDRESS_ATTEMPTS, WINDOW_SECONDS),
    device: make("device", ACCOUNT_ATTEMPTS, WINDOW_SECONDS),
    known: make("known", 1, KNOWN_ADDRESS_SECONDS),
  };
}

/** The limiters, created on first use (never during `next build`), on the store configured now. */
function limiters(): Limiters {
  const storeKey = process.env.REDIS_URL ?? "database";
  if (!holder.limiters || holder.storeKey !== storeKey) {
    holder.connecting = undefined;
    holder.limiters = createLimiters(process.env.REDIS_URL);
    holder.storeKey = storeKey;
  }
  return holder.limiters;
}

function hashed(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex");
}

function keysOf({ account, address }: PasswordAttempt) {
  const email = account.trim().toLowerCase();
  return { account: hashed(email), address: hashed(address), device: hashed(email, address) };
}

/** Counts one attempt on `key`; a refusal (over the limit) is returned, a store error thrown. */
async function count(limiter: RateLimiterAbstract, key: string): Promise<RateLimiterRes | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return rejection;
    throw rejection;
  }
}

async function giveBack(counted: [RateLimiterAbstract, string][]): Promise<void> {
  await Promise.all(
    counted.map(([limiter, key]) =>
      limiter.reward(key).catch((error: unknown) => {
        logger.warn({ err: error }, "password throttle: an attempt could not be given back");
      }),
    ),
  );
}

/**
 * Runs `check` (the password verification: the value on success, null on a
 * wrong password; it throws when the database fails) under the limits
 * above.
 */
export async function throttledPasswordCheck<T>(
  attempt: PasswordAttempt,
  check: () => Promise<T | null>,
): Promise<ThrottleVerdict<T>> {
  const keys = keysOf(attempt);
  const counted: [RateLimiterAbstract, string][] = [];
  let store: Limiters;
  try {
    store = limiters();
    await storeReady();
    const isKnown = (await store.known.get(keys.device)) !== null;
    const steps: [RateLimiterAbstract, string][] = [
      [store.address, keys.address],
      isKnown ? [store.device, keys.device] : [store.account, keys.account],
    ];
    for (const [limiter, key] of steps) {
      const refusal = await count(limiter, key);
      if (refusal) return { status: "throttled", retryAfterMs: refusal.msBeforeNext };
      counted.push([limiter, key]);
    }
  } catch (error) {
    logger.error({ err: error }, "password throttle: store unavailable");
    await giveBack(counted);
    return { status: "unavailable" };
  }

  let value: T | null;
  try {
    value = await check();
  } catch (error) {
    logger.error({ err: error }, "password check failed");
    await giveBack(counted);
    return { status: "unavailable" };
  }
  if (value === null) return { status: "refused" };

  await giveBack(counted);
  await store.known.set(keys.device, 1, KNOWN_ADDRESS_SECONDS).catch((error: unknown) => {
    logger.warn({ err: error }, "password throttle: the known address could not be recorded");
  });
  return { status: "accepted", value };
}
