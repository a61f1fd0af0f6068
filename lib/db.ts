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

/** The Prisma client; the database opens on the first query. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    // Module loaders and React probe objects for `then` and symbols (during
    // `next build` too): answering them must not open the database.
    if (typeof property === "symbol" || property === "then" || property === "$$typeof") return undefined;
    const client = instance();
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
