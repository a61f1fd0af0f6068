import "server-only";
/** Campuses as the back office reads them. */
import { cache } from "react";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { canManageDirectories } from "@/lib/auth/permissions";
import { campusShortName } from "./names";
import { typeset } from "@/lib/text/typeset";

export const getCampusName = cache(async (campusId: string): Promise<string | null> => {
  const c = await db.campus.findUnique({ where: { id: campusId }, select: { name: true } });
  return c ? typeset(campusShortName(c.name)) : null;
});

/** The six campuses with their action counts (the coordinator's overview). */
export async function listCampusesForAdmin(user: SessionUser) {
  if (!canManageDirectories(user)) return [];
  const campuses = await db.campus.findMany({
    orderBy: { position: "asc" },
    select: {
      id: true,
      slug: true,
      acronym: true,
      name: true,
      color: true,
      email: true,
      _count: { select: { actions: true, axes: true, roles: true } },
    },
  });
  return typeset(campuses.map((c) => ({ ...c, shortName: campusShortName(c.name) })));
}

/** Everything the campus edit page shows, or null for anyone but the coordinator. */
export async function getCampusForEdit(user: SessionUser, slug: string) {
  if (!canManageDirectories(user)) return null;
  return db.campus.findUnique({
    where: { slug },
    include: {
      axes: { orderBy: { position: "asc" }, include: { _count: { select: { actions: true } } } },
      socialLinks: { orderBy: { position: "asc" } },
      roles: {
        orderBy: [{ role: "asc" }, { key: "asc" }],
        include: { organisation: { select: { id: true, name: true } } },
      },
      porteur: { select: { id: true, name: true } },
    },
  });
}

export async function campusIdsBySlug(): Promise<Record<string, string>> {
  const rows = await db.campus.findMany({ orderBy: { position: "asc" }, select: { id: true, slug: true } });
  return Object.fromEntries(rows.map((r) => [r.slug, r.id]));
}
