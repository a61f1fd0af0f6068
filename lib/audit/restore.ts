import "server-only";
/**
 * Records deleted from the back office (funding lines, governance meetings)
 * stay in the audit log with their full content; the coordinator restores
 * them from there, with their original id.
 */
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { canManageDirectories } from "@/lib/auth/permissions";
import { writeDirectory, type Saved } from "@/lib/directory/write";
import { conflict, notFound } from "@/lib/result";

const RESTORABLE = ["funding", "meeting"] as const;

export type DeletedRecord = {
  auditId: string;
  entityType: (typeof RESTORABLE)[number];
  entityId: string;
  summary: string;
  deletedAt: Date;
  deletedBy: string | null;
};

/** Every deletion of the last days is listed, however many; older ones while the list is short. */
const ALWAYS_LISTED_DAYS = 30;
const LIST_AT_LEAST = 200;

/** Deletions whose record does not exist again (not restored since), newest first. */
export async function listDeletedRecords(
  user: SessionUser,
  now: Date = new Date(),
): Promise<DeletedRecord[]> {
  if (!canManageDirectories(user)) return [];
  const where = { operation: "delete", entityType: { in: [...RESTORABLE] } };
  const cutoff = new Date(now.getTime() - ALWAYS_LISTED_DAYS * 24 * 3600 * 1000);
  const recent = await db.auditLog.count({ where: { ...where, at: { gte: cutoff } } });
  const rows = await db.auditLog.findMany({
    where,
    orderBy: { at: "desc" },
    take: Math.max(LIST_AT_LEAST, recent),
    include: { user: { select: { name: true } } },
  });
  const [fundings, meetings] = await Promise.all([
    db.funding.findMany({
      where: { id: { in: rows.filter((r) => r.entityType === "funding").map((r) => r.entityId) } },
      select: { id: true },
    }),
    db.meeting.findMany({
      where: { id: { in: rows.filter((r) => r.entityType === "meeting").map((r) => r.entityId) } },
      select: { id: true },
    }),
  ]);
  const existing = new Set([...fundings, ...meetings].map((r) => r.id));
  const seen = new Set<string>();
  return rows.flatMap((r) => {
    if (existing.has(r.entityId) || seen.has(r.entityId) || !r.before) return [];
    seen.add(r.entityId);
    return [
      {
        auditId: r.id,
        entityType: r.entityType as DeletedRecord["entityType"],
        entityId: r.entityId,
        summary: r.summary,
        deletedAt: r.at,
        deletedBy: r.user?.name ?? null,
      },
    ];
  });
}

/** Creates the deleted record again, with its id, from its audit row. */
export function restoreDeletedRecord(user: SessionUser, auditId: string): Promise<Saved> {
  return writeDirectory(user, async ({ tx, audit }) => {
    const entry = await tx.auditLog.findUnique({ where: { id: auditId } });
    if (
      !entry ||
      entry.operation !== "delete" ||
      !RESTORABLE.includes(entry.entityType as never) ||
      !entry.before
    )
      return notFound();
    const data = entry.before as Record<string, unknown>;
    try {
      if (entry.entityType === "funding") {
        if (await tx.funding.findUnique({ where: { id: entry.entityId } }))
          return conflict("Ce financement existe déjà.");
        const { createdAt: _c, updatedAt: _u, ...rest } = data;
        const restored = await tx.funding.create({ data: rest as never });
        await audit({
          campusId: restored.campusId,
          entityType: "funding",
          entityId: restored.id,
          operation: "restore",
          summary: `Financement « ${restored.purpose} » restauré`,
          after: restored,
        });
      } else {
        if (await tx.meeting.findUnique({ where: { id: entry.entityId } }))
          return conflict("Cette réunion existe déjà.");
        const { createdAt: _c, updatedAt: _u, date, ...rest } = data;
        const restored = await tx.meeting.create({
          data: { ...(rest as Record<string, unknown>), date: new Date(String(date)) } as never,
        });
        await audit({
          campusId: restored.campusId,
          entityType: "meeting",
          entityId: restored.id,
          operation: "restore",
          summary: `Réunion « ${restored.title} » restaurée`,
          after: restored,
        });
      }
    } catch {
      return conflict("Restauration impossible : un élément auquel il se rattachait n'existe plus.");
    }
    return { ok: true, id: entry.entityId } as const;
  });
}
