import "server-only";
/** Plateformes technologiques as the coordinator's screens read them. */
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { canManageDirectories } from "@/lib/auth/permissions";
import { typeset } from "@/lib/text/typeset";

export async function listPlatformsForAdmin(user: SessionUser) {
  if (!canManageDirectories(user)) return [];
  // Names in French order: the stored `sortKey`, sorted by the database.
  const rows = await db.platform.findMany({
    where: { publication: { not: "ARCHIVED" } },
    select: {
      id: true,
      name: true,
      acronym: true,
      commune: true,
      publication: true,
      isLabelled: true,
      campuses: { select: { campus: { select: { acronym: true } } } },
    },
    orderBy: [{ sortKey: "asc" }, { id: "asc" }],
  });
  return typeset(rows);
}

export async function getPlatformForEdit(user: SessionUser, id: string) {
  if (!canManageDirectories(user) || !id || id.length > 64) return null;
  return db.platform.findUnique({ where: { id }, include: { campuses: { select: { campusId: true } } } });
}
