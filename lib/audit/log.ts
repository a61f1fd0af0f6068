import "server-only";
/**
 * The audit log: one row per write of the back office (who, when, which
 * campus, which record, before/after). Written inside the same transaction
 * as the change it records, so neither exists without the other.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";

import type { AuditEntityType } from "./labels";

export type AuditEntry = {
  actor: Pick<SessionUser, "id"> | null;
  campusId: string | null;
  entityType: AuditEntityType;
  entityId: string;
  operation: string;
  summary: string;
  before?: unknown;
  after?: unknown;
};

/** JSON-safe copy (dates as ISO strings, no undefined). */
function json(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      userId: entry.actor?.id ?? null,
      campusId: entry.campusId,
      entityType: entry.entityType,
      entityId: entry.entityId,
      operation: entry.operation,
      summary: entry.summary.slice(0, 500),
      before: json(entry.before),
      after: json(entry.after),
    },
  });
}
