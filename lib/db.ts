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
import { isDatabaseUnavailable } from "./db/unavailable";
import { UNAVAILABLE_DIGEST_PREFIX } from "./http/error-reference";
import { noteDatabaseAnswer, noteDatabaseFailure, requestContext } from "./http/request-context";

type Holder = { client?: PrismaClient; adapter?: AdapterHandle };
const holder = ((globalThis as { __cmqPrisma?: Holder }).__cmqPrisma ??= {});

/**
 * An error of a database that is down or silent: the request is marked
 * (server.ts answers 503 instead of 500) and the error gets the digest that
 * makes the error page say "Service momentanément indisponible" with the
 * request id as its reference (Next.js keeps a digest an error already has).
 */
function marked(error: unknown): unknown {
  if (!isDatabaseUnavailable(error) || !error || typeof error !== "object") return error;
  noteDatabaseFailure();
  const context = requestContext.getStore();
  if (context) context.databaseUnavailable = true;
  const digest = (error as { digest?: unknown }).digest;
  if (typeof digest !== "string" || !digest.startsWith(UNAVAILABLE_DIGEST_PREFIX))
    Object.assign(error, { digest: `${UNAVAILABLE_DIGEST_PREFIX}${context?.requestId ?? "inconnue"}` });
  return error;
}

function instance(): PrismaClient {
  if (!holder.client) {
    holder.adapter = createAdapter(resolveDatabaseConfig(), { serving: true });
    holder.client = new PrismaClient({ adapter: holder.adapter.factory }).$extends({
      query: {
        async $allOperations({ args, query }) {
          try {
            const result = await query(args);
            noteDatabaseAnswer();
            return result;
          } catch (error) {
            throw marked(error);
          }
        },
      },
    }) as unknown as PrismaClient;
  }
  return holder.client;
}

/** What runs once a transaction has committed, by transaction client. */
const commitHooks = new WeakMap<object, (() => void)[]>();

/** `$transaction` whose interactive form runs the hooks of `afterCommit` once it has committed. */
function transactionOf(client: PrismaClient): PrismaClient["$transaction"] {
  return (async (input: unknown, options?: unknown) => {
    if (typeof input !== "function") return client.$transaction(input as never, options as never);
    const hooks: (() => void)[] = [];
    const result = await client
      .$transaction((tx) => {
        commitHooks.set(tx, hooks);
        return (input as (tx: Tx) => Promise<unknown>)(tx);
      }, options as never)
      .catch((error: unknown) => {
        throw marked(error);
      });
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
