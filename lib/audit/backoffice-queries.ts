import "server-only";
/** The audit log, for the coordinator: filterable by user, campus, kind of record and date. */
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import { canReadAuditLog } from "@/lib/auth/permissions";
import { AUDIT_ENTITY_TYPES } from "./labels";
import { sortFrench } from "@/lib/text/collate";
import { typeset } from "@/lib/text/typeset";

export const AUDIT_PAGE_SIZE = 50;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)));

export const auditFiltersSchema = z.object({
  utilisateur: z.string().max(64).optional().catch(undefined),
  campus: z.string().max(64).optional().catch(undefined),
  type: z.enum(AUDIT_ENTITY_TYPES).optional().catch(undefined),
  du: day.optional().catch(undefined),
  au: day.optional().catch(undefined),
  element: z.string().max(64).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type AuditFilters = z.output<typeof auditFiltersSchema>;

/** Dates are days in Europe/Paris; a UTC window of ±1 day is close enough for a filter, then trimmed by hour. */
function parisDayStart(d: string): Date {
  const guess = new Date(`${d}T00:00:00Z`);
  const offset =
    new Date(guess.toLocaleString("en-US", { timeZone: "Europe/Paris" })).getTime() -
    new Date(guess.toLocaleString("en-US", { timeZone: "UTC" })).getTime();
  return new Date(guess.getTime() - offset);
}

export async function listAuditEntries(user: SessionUser, filters: AuditFilters) {
  if (!canReadAuditLog(user)) return null;
  const where: Prisma.AuditLogWhereInput = {
    ...(filters.utilisateur ? { userId: filters.utilisateur } : {}),
    ...(filters.campus ? { campusId: filters.campus } : {}),
    ...(filters.type ? { entityType: filters.type } : {}),
    ...(filters.element ? { entityId: filters.element } : {}),
    ...(filters.du || filters.au
      ? {
          at: {
            ...(filters.du ? { gte: parisDayStart(filters.du) } : {}),
            ...(filters.au ? { lt: new Date(parisDayStart(filters.au).getTime() + 24 * 3600 * 1000) } : {}),
          },
        }
      : {}),
  };
  const total = await db.auditLog.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filters.page ?? 1, pageCount);
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    include: { user: { select: { name: true, email: true } }, campus: { select: { acronym: true } } },
  });
  // What the journal reads: summaries and names typeset; `before` and `after` stay as stored (a diff).
  return {
    rows: rows.map((r) => ({ ...r, summary: typeset(r.summary), user: typeset(r.user) })),
    total,
    page,
    pageCount,
  };
}

export async function auditFilterOptions(user: SessionUser) {
  if (!canReadAuditLog(user)) return null;
  const [users, campuses] = await Promise.all([
    db.user
      .findMany({ select: { id: true, name: true, email: true } })
      .then((rows) => sortFrench(rows, (u) => u.name || u.email)),
    db.campus.findMany({ orderBy: { position: "asc" }, select: { id: true, acronym: true, name: true } }),
  ]);
  return { users: typeset(users), campuses: typeset(campuses) };
}
