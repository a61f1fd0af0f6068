import "server-only";
/** Organisations as the back office reads them (drafts proposed by DOs included). */
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PublicationState } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/types";
import { canManageDirectories } from "@/lib/auth/permissions";
import { sortFrench } from "@/lib/text/collate";
import { containsText } from "@/lib/text/like";

export const ORGANISATION_PAGE_SIZE = 50;
const PUBLICATION_ORDER: PublicationState[] = ["DRAFT", "PUBLISHED", "ARCHIVED"];

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
  // Drafts waiting for validation first, then names in French order (sorted in memory,
  // the same on every database), then one page of rows is read.
  const names = await db.organisation.findMany({
    where,
    select: { id: true, name: true, publication: true },
  });
  const total = names.length;
  const pageCount = Math.max(1, Math.ceil(total / ORGANISATION_PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page ?? 1), pageCount);
  const rank = (o: { publication: PublicationState }) => PUBLICATION_ORDER.indexOf(o.publication);
  const ids = sortFrench(
    names,
    (o) => o.name,
    (a, b) => rank(a) - rank(b),
  )
    .slice((page - 1) * ORGANISATION_PAGE_SIZE, page * ORGANISATION_PAGE_SIZE)
    .map((o) => o.id);
  const position = new Map(ids.map((id, i) => [id, i]));
  const unordered = await db.organisation.findMany({
    where: { id: { in: ids } },
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
  const rows = unordered.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  return { rows, total, page, pageCount };
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
