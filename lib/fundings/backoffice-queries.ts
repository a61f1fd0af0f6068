import "server-only";
/** Funding lines, for the coordinator. */
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { canManageDirectories } from "@/lib/auth/permissions";
import { fundingLineSelect } from "./select";
import { sortFrench } from "@/lib/text/collate";
import { typeset } from "@/lib/text/typeset";

export async function listFundingsForAdmin(user: SessionUser) {
  if (!canManageDirectories(user)) return [];
  const rows = await db.funding.findMany({
    select: {
      id: true,
      ...fundingLineSelect,
      funder: { select: { name: true } },
      campus: { select: { acronym: true } },
      platform: { select: { name: true } },
      action: { select: { title: true } },
    },
  });
  return typeset(
    sortFrench(
      rows,
      (f) => f.funder.name,
      (a, b) => b.startYear - a.startYear,
    ),
  );
}

export async function getFundingForEdit(user: SessionUser, id: string) {
  if (!canManageDirectories(user) || !id || id.length > 64) return null;
  return db.funding.findUnique({ where: { id } });
}

/** Choices of the funding form: funders, campuses, platforms, actions. */
export async function fundingChoices(user: SessionUser) {
  if (!canManageDirectories(user)) return null;
  const [organisations, campuses, platforms, actions] = await Promise.all([
    db.organisation.findMany({
      where: { publication: { not: "ARCHIVED" } },
      select: { id: true, name: true },
    }),
    db.campus.findMany({ orderBy: { position: "asc" }, select: { id: true, acronym: true, name: true } }),
    db.platform.findMany({
      where: { publication: { not: "ARCHIVED" } },
      select: { id: true, name: true },
    }),
    db.action.findMany({
      where: { publication: { not: "ARCHIVED" } },
      select: { id: true, title: true },
    }),
  ]);
  // Labels typeset; the values are ids.
  return {
    funders: sortFrench(organisations, (o) => o.name).map((o) => ({ value: o.id, label: typeset(o.name) })),
    campuses: campuses.map((c) => ({ value: c.id, label: typeset(`${c.acronym} — ${c.name}`) })),
    platforms: sortFrench(platforms, (p) => p.name).map((p) => ({ value: p.id, label: typeset(p.name) })),
    actions: sortFrench(actions, (a) => a.title).map((a) => ({ value: a.id, label: typeset(a.title) })),
  };
}
