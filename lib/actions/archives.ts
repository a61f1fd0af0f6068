import "server-only";
/** What the archives page lists: archived actions (in scope) and, for the coordinator, archived directory entries. */
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { campusScope, canManageDirectories } from "@/lib/auth/permissions";

export async function listArchives(user: SessionUser) {
  const actions = await db.action.findMany({
    where: { AND: [campusScope(user), { publication: "ARCHIVED" }] },
    orderBy: { archivedAt: "desc" },
    select: {
      id: true,
      title: true,
      archivedAt: true,
      updatedBy: { select: { name: true } },
      campuses: { select: { campus: { select: { acronym: true } } } },
    },
  });
  if (!canManageDirectories(user)) return { actions, organisations: [], formations: [], platforms: [] };
  const [organisations, formations, platforms] = await Promise.all([
    db.organisation.findMany({
      where: { publication: "ARCHIVED" },
      orderBy: { archivedAt: "desc" },
      select: { id: true, name: true, archivedAt: true },
    }),
    db.formation.findMany({
      where: { publication: "ARCHIVED" },
      orderBy: { archivedAt: "desc" },
      select: { id: true, title: true, archivedAt: true },
    }),
    db.platform.findMany({
      where: { publication: "ARCHIVED" },
      orderBy: { archivedAt: "desc" },
      select: { id: true, name: true, archivedAt: true },
    }),
  ]);
  return { actions, organisations, formations, platforms };
}
