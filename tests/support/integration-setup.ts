/**
 * Runs before each integration test file: gives the file its own copy of the
 * seeded template database and installs it as the application's Prisma
 * client (lib/db.ts reads it from globalThis).
 */
import { afterAll, inject } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createAdapter } from "@/lib/db/adapter";
import { copyTemplate } from "./database";

type Holder = { client?: PrismaClient; adapter?: { close: () => Promise<void> } };
const holder = ((globalThis as { __cmqPrisma?: Holder }).__cmqPrisma ??= {});

const copy = await copyTemplate(inject("templateDatabase"), "cmq_test");
if (copy.config.kind === "postgres") process.env.DATABASE_URL = copy.config.url;
const adapter = createAdapter(copy.config);
holder.client = new PrismaClient({ adapter: adapter.factory });
holder.adapter = adapter;

afterAll(async () => {
  await holder.client?.$disconnect();
  await adapter.close();
  await copy.drop();
});
