/**
 * The one Prisma client of the application.
 *
 * Created lazily on first use so that `next build` never opens a database,
 * and kept on globalThis so dev-mode reloads do not open a second PGlite
 * (only one handle per data folder is allowed).
 */
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createAdapter, type AdapterHandle } from "./db/adapter";
import { resolveDatabaseConfig } from "./db/config";

type Holder = { client?: PrismaClient; adapter?: AdapterHandle };
const holder = ((globalThis as { __cmqPrisma?: Holder }).__cmqPrisma ??= {});

function instance(): PrismaClient {
  if (!holder.client) {
    holder.adapter = createAdapter(resolveDatabaseConfig());
    holder.client = new PrismaClient({ adapter: holder.adapter.factory });
  }
  return holder.client;
}

/** What runs once a transaction has committed, by transaction client. */
const commitHooks = new WeakMap<object, (() => void)[]>();

/**
 * How long an interactive transaction may wait for a connection, and run.
 * Prisma's defaults (2 s, 5 s) turn a burst of simultaneous saves (20 people
 * saving at once, more than the pool's connections) into errors instead of
 * queueing them; the versioned writes must answer "conflict" to the losers,
 * which needs their transaction to start.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 };

/** `$transaction` whose interactive form runs the hooks of `afterCommit` once it has committed. */
function transactionOf(client: PrismaClient): PrismaClient["$transaction"] {
  return (async (input: unknown, options?: object) => {
    if (typeof input !== "function") return client.$transaction(input as never, options as never);
    const hooks: (() => void)[] = [];
    const result = await client.$transaction(
      (tx) => {
        commitHooks.set(tx, hooks);
        return (input as (tx: Tx) => Promise<unknown>)(tx);
      },
      { ...TRANSACTION_OPTIONS, ...options },
    );
    for (const hook of hooks) hook();
    return result;
  }) as PrismaClient["$transaction"];
}

/**
 * Runs `hook` when the transaction of `tx` has committed (never if it rolls
 * back), or at once when `tx` is the plain client.
 */
export function afterCommit(tx: Tx | PrismaClient, hook: () => void): void {
  const hooks = commitHooks.get(tx);
  if (hooks) hooks.push(hook);
  else hook();
}

/** The Prisma client; the database opens on the first query. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    // Module loaders and React probe objects for `then` and symbols (during
    // `next build` too): answering them must not open the database.
    if (typeof property === "symbol" || property === "then" || property === "$$typeof") return undefined;
    const client = instance();
    if (property === "$transaction") return transactionOf(client);
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Closes the client and the embedded database (scripts and tests). */
export async function disconnectDb(): Promise<void> {
  const { client, adapter } = holder;
  holder.client = undefined;
  holder.adapter = undefined;
  await client?.$disconnect();
  await adapter?.close();
}
