/**
 * Runs before each integration test file: gives the file its own copy of the
 * seeded template database and installs it as the application's Prisma
 * client (lib/db.ts reads it from globalThis).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createAdapter } from "@/lib/db/adapter";
import { copyTemplate } from "./database";

type Holder = { client?: PrismaClient; adapter?: { close: () => Promise<void> } };
const holder = ((globalThis as { __cmqPrisma?: Holder }).__cmqPrisma ??= {});

// Mails sent without SMTP_URL go to a folder of the test's own, not the working copy's .data/outbox.
process.env.MAIL_OUTBOX_DIR ??= mkdtempSync(path.join(tmpdir(), "cmq-outbox-"));

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
