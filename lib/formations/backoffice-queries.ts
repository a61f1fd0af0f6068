import "server-only";
/** Formations as the coordinator's screens read them (drafts and archives included). */
import { db } from "@/lib/db";
import type { PublicationState } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/types";
import { canManageDirectories } from "@/lib/auth/permissions";
import { sortFrench } from "@/lib/text/collate";
import { containsText } from "@/lib/text/like";

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
  // French order is applied in memory (the same on every database), then the first rows are read.
  const titles = await db.formation.findMany({ where, select: { id: true, title: true } });
  const ids = sortFrench(titles, (f) => f.title)
    .slice(0, FORMATION_ADMIN_LIMIT)
    .map((f) => f.id);
  const rows = await db.formation.findMany({
    where: { id: { in: ids } },
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
  const position = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
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
    label: o.city ? `${o.name} (${o.city})` : o.name,
  }));
}
