import "server-only";
/** Organisations as the back office reads them (drafts proposed by DOs included). */
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PublicationState } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/types";
import { canManageDirectories } from "@/lib/auth/permissions";
import { containsText } from "@/lib/text/like";
import { typeset } from "@/lib/text/typeset";

export const ORGANISATION_PAGE_SIZE = 50;

export async function countPendingOrganisations(user: SessionUser): Promise<number> {
  if (!canManageDirectories(user)) return 0;
  return db.organisation.count({ where: { publication: "DRAFT" } });
}

export async function listOrganisationsForAdmin(
  user: SessionUser,
  filters: { q?: string; publication?: PublicationState; page?: number },
) {
  if (!canManageDirectories(user)) return { rows: [], total: 0, page: 1, pageCount: 1 };
  const where: Prisma.OrganisationWhereInput = {
    ...(filters.publication ? { publication: filters.publication } : { publication: { not: "ARCHIVED" } }),
    ...(filters.q
      ? {
          OR: [
            { name: containsText(filters.q) },
            { acronym: containsText(filters.q) },
            { city: containsText(filters.q) },
          ],
        }
      : {}),
  };
  // Drafts waiting for validation first (the enum's order: DRAFT, PUBLISHED,
  // ARCHIVED), then names in French order (the stored `sortKey`), sorted and
  // cut by the database.
  const total = await db.organisation.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ORGANISATION_PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page ?? 1), pageCount);
  const rows = await db.organisation.findMany({
    where,
    orderBy: [{ publication: "asc" }, { sortKey: "asc" }, { id: "asc" }],
    skip: (page - 1) * ORGANISATION_PAGE_SIZE,
    take: ORGANISATION_PAGE_SIZE,
    select: {
      id: true,
      name: true,
      acronym: true,
      kind: true,
      city: true,
      departement: true,
      publication: true,
      updatedAt: true,
      _count: { select: { actionLinks: true } },
    },
  });
  return { rows: typeset(rows), total, page, pageCount };
}

export async function getOrganisationForEdit(user: SessionUser, id: string) {
  if (!canManageDirectories(user) || !id || id.length > 64) return null;
  return db.organisation.findUnique({
    where: { id },
    include: {
      _count: { select: { actionLinks: true, fundings: true, formations: true, campusLinks: true } },
    },
  });
}
