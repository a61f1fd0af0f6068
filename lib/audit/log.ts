import "server-only";
/**
 * The audit log: one row per write of the back office (who, when, which
 * campus, which record, before/after). Written inside the same transaction
 * as the change it records, so neither exists without the other. Every
 * public write is audited, so this is also where the public pages showing
 * what it changed are invalidated: once, after the commit.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterCommit, type Tx } from "@/lib/db";
import { invalidate } from "@/lib/cache/invalidate";
import type { CacheTag } from "@/lib/cache/tags";
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
  /** Tags of other public pages the change shows on (the owner of an uploaded file). */
  alsoInvalidates?: readonly CacheTag[];
};

/** JSON-safe copy (dates as ISO strings, no undefined). */
function json(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** The cache tags of the public pages each kind of audited record shows on. */
export const INVALIDATED_BY: Record<AuditEntityType, readonly CacheTag[]> = {
  action: ["actions"],
  organisation: ["organisations"],
  formation: ["formations"],
  platform: ["platforms"],
  funding: ["fundings"],
  meeting: ["governance"],
  campus: ["campuses"],
  // Accounts appear on no public page.
  user: [],
  import: ["formations", "organisations"],
  report: ["reports"],
  settings: ["settings"],
  media: ["media"],
};

export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  const tags = [...new Set([...INVALIDATED_BY[entry.entityType], ...(entry.alsoInvalidates ?? [])])];
  if (tags.length) afterCommit(tx, () => invalidate(...tags));
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
