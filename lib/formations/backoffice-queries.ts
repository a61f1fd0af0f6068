import "server-only";
/** Formations as the coordinator's screens read them (drafts and archives included). */
import { db } from "@/lib/db";
import type { PublicationState } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/types";
import { canManageDirectories } from "@/lib/auth/permissions";
import { sortFrench } from "@/lib/text/collate";
import { containsText } from "@/lib/text/like";
import { typeset } from "@/lib/text/typeset";

/** The list shows at most this many rows; beyond, the page asks to narrow the search. */
export const FORMATION_ADMIN_LIMIT = 500;

export async function listFormationsForAdmin(
  user: SessionUser,
  filters: { q?: string; publication?: PublicationState },
) {
  if (!canManageDirectories(user)) return [];
  const where = {
    ...(filters.publication
      ? { publication: filters.publication }
      : { publication: { not: "ARCHIVED" as const } }),
    ...(filters.q
      ? {
          OR: [{ title: containsText(filters.q) }, { commune: containsText(filters.q) }],
        }
      : {}),
  };
  // Titles in French order (the stored `sortKey`), sorted and cut by the database.
  const rows = await db.formation.findMany({
    where,
    orderBy: [{ sortKey: "asc" }, { id: "asc" }],
    take: FORMATION_ADMIN_LIMIT,
    select: {
      id: true,
      title: true,
      diploma: true,
      level: true,
      commune: true,
      state: true,
      publication: true,
      establishment: { select: { name: true } },
      campuses: { select: { campus: { select: { acronym: true } } } },
    },
  });
  return typeset(rows);
}

export async function getFormationForEdit(user: SessionUser, id: string) {
  if (!canManageDirectories(user) || !id || id.length > 64) return null;
  return db.formation.findUnique({
    where: { id },
    include: { campuses: { select: { campusId: true } }, _count: { select: { actions: true } } },
  });
}

/** Organisations an establishment or a host can be picked from. */
export async function listOrganisationChoices(user: SessionUser) {
  if (!canManageDirectories(user)) return [];
  const rows = await db.organisation.findMany({
    where: { publication: { not: "ARCHIVED" } },
    select: { id: true, name: true, city: true },
  });
  return sortFrench(rows, (o) => o.name).map((o) => ({
    value: o.id,
    label: typeset(o.city ? `${o.name} (${o.city})` : o.name),
  }));
}
