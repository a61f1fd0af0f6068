import "server-only";
/**
 * Back-office reads of actions: drafts and archived ones included, always
 * within the user's campus scope (an id of another campus's action gives
 * null, which pages turn into a 404).
 */
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionStatus, PublicationState } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/types";
import { campusScope, isCoordinator } from "@/lib/auth/permissions";
import { pickableFormations, pickableOrganisations, pickablePlatforms } from "./pickable";
import { isCampusSlug, type CampusSlug } from "@/lib/site/campuses";
import { campusShortName } from "@/lib/campuses/names";
import { actionDetailSelect, toActionDetail, type ActionDetail } from "./queries";
import { actionSnapshotInclude, readSnapshot, toSnapshot, type ActionSnapshot } from "./snapshot";
import { contentOf, snapshotToFormValues, type ActionContent } from "./form-values";
import { diffActions, emptyLookup, type FieldChange, type NameLookup } from "./diff";
import type { ActionFormValues } from "./schema";
import { sortFrench } from "@/lib/text/collate";
import { containsText, escapeLike } from "@/lib/text/like";
import { typeset } from "@/lib/text/typeset";

export const ADMIN_PAGE_SIZE = 25;

export type AdminActionRow = {
  id: string;
  title: string;
  slug: string;
  status: ActionStatus;
  publication: PublicationState;
  updatedAt: Date;
  archivedAt: Date | null;
  campuses: { slug: CampusSlug; acronym: string; isLead: boolean }[];
};

export type AdminActionFilters = {
  q?: string;
  status?: ActionStatus;
  publication?: PublicationState;
  campus?: CampusSlug;
  page?: number;
};

const rowSelect = {
  id: true,
  title: true,
  slug: true,
  status: true,
  publication: true,
  updatedAt: true,
  archivedAt: true,
  campuses: {
    select: { isLead: true, campus: { select: { slug: true, acronym: true, position: true } } },
    orderBy: [{ isLead: "desc" }, { campusId: "asc" }],
  },
} satisfies Prisma.ActionSelect;

/** A list row, its title typeset as the list shows it (the edit form reads the stored one). */
function toRow(a: Prisma.ActionGetPayload<{ select: typeof rowSelect }>): AdminActionRow {
  return typeset({
    ...a,
    campuses: a.campuses.flatMap((c) =>
      isCampusSlug(c.campus.slug)
        ? [{ slug: c.campus.slug, acronym: c.campus.acronym, isLead: c.isLead }]
        : [],
    ),
  });
}

function filterWhere(user: SessionUser, f: AdminActionFilters): Prisma.ActionWhereInput {
  const and: Prisma.ActionWhereInput[] = [campusScope(user)];
  if (f.q)
    and.push({
      OR: [
        { title: containsText(f.q) },
        { summary: containsText(f.q) },
        { slug: { contains: escapeLike(f.q.toLowerCase()) } },
      ],
    });
  if (f.status) and.push({ status: f.status });
  // Archived actions live in their own list (the bin) unless asked for.
  and.push(f.publication ? { publication: f.publication } : { publication: { not: "ARCHIVED" } });
  if (f.campus && isCoordinator(user)) and.push({ campuses: { some: { campus: { slug: f.campus } } } });
  return { AND: and };
}

export async function listActionsForUser(
  user: SessionUser,
  filters: AdminActionFilters = {},
): Promise<{ rows: AdminActionRow[]; total: number; page: number; pageCount: number }> {
  const where = filterWhere(user, filters);
  const total = await db.action.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page ?? 1), pageCount);
  const rows = await db.action.findMany({
    where,
    select: rowSelect,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * ADMIN_PAGE_SIZE,
    take: ADMIN_PAGE_SIZE,
  });
  return { rows: rows.map(toRow), total, page, pageCount };
}

export type ActionDashboard = {
  byStatus: Record<ActionStatus, number>;
  byPublication: Record<PublicationState, number>;
  drafts: AdminActionRow[];
  recent: AdminActionRow[];
};

/** Counts by status (archived ones aside) and by publication, the drafts waiting, the latest changes. */
export async function getActionDashboard(user: SessionUser): Promise<ActionDashboard> {
  const scope = campusScope(user);
  const [statusGroups, publicationGroups, drafts, recent] = await Promise.all([
    db.action.groupBy({
      by: ["status"],
      where: { AND: [scope, { publication: { not: "ARCHIVED" } }] },
      _count: { _all: true },
    }),
    db.action.groupBy({ by: ["publication"], where: scope, _count: { _all: true } }),
    db.action.findMany({
      where: { AND: [scope, { publication: "DRAFT" }] },
      select: rowSelect,
      orderBy: { updatedAt: "desc" },
      take: 20,
    }),
    db.action.findMany({
      where: { AND: [scope, { publication: { not: "ARCHIVED" } }] },
      select: rowSelect,
      orderBy: { updatedAt: "desc" },
      take: 5,
    }),
  ]);
  const byStatus: Record<ActionStatus, number> = { PROJETEE: 0, EN_COURS: 0, TERMINEE: 0 };
  for (const g of statusGroups) byStatus[g.status] = g._count._all;
  const byPublication: Record<PublicationState, number> = { DRAFT: 0, PUBLISHED: 0, ARCHIVED: 0 };
  for (const g of publicationGroups) byPublication[g.publication] = g._count._all;
  return { byStatus, byPublication, drafts: drafts.map(toRow), recent: recent.map(toRow) };
}

export type ActionForEdit = {
  id: string;
  version: number;
  title: string;
  slug: string;
  publication: PublicationState;
  publishedAt: Date | null;
  archivedAt: Date | null;
  updatedAt: Date;
  updatedByName: string | null;
  campusSlugs: CampusSlug[];
  leadCampusSlug: CampusSlug | null;
  snapshot: ActionSnapshot;
  values: ActionFormValues;
};

/** One action as its edit form needs it, or null if the user may not manage it. */
export async function getActionForEdit(user: SessionUser, id: string): Promise<ActionForEdit | null> {
  if (!id || id.length > 64) return null;
  const a = await db.action.findFirst({
    where: { id, ...campusScope(user) },
    include: {
      ...actionSnapshotInclude,
      updatedBy: { select: { name: true } },
      campuses: { ...actionSnapshotInclude.campuses, include: { campus: { select: { slug: true } } } },
    },
  });
  if (!a) return null;
  const snapshot = toSnapshot(a);
  const slugs = a.campuses.flatMap((c) => (isCampusSlug(c.campus.slug) ? [c.campus.slug] : []));
  const lead = a.campuses.find((c) => c.isLead)?.campus.slug;
  return {
    id: a.id,
    version: a.version,
    title: a.title,
    slug: a.slug,
    publication: a.publication,
    publishedAt: a.publishedAt,
    archivedAt: a.archivedAt,
    updatedAt: a.updatedAt,
    updatedByName: a.updatedBy?.name ?? null,
    campusSlugs: slugs,
    leadCampusSlug: lead && isCampusSlug(lead) ? lead : (slugs[0] ?? null),
    snapshot,
    values: snapshotToFormValues(snapshot),
  };
}

export type ActionFormOptions = {
  campuses: {
    id: string;
    slug: CampusSlug;
    name: string;
    acronym: string;
    axes: { id: string; title: string }[];
  }[];
  organisations: {
    id: string;
    name: string;
    acronym: string | null;
    city: string | null;
    isDraft: boolean;
  }[];
  formations: { id: string; title: string; place: string | null }[];
  platforms: { id: string; name: string; acronym: string | null }[];
};

/** Everything the action form offers this user to pick from (see pickable.ts). */
export async function getActionFormOptions(user: SessionUser): Promise<ActionFormOptions> {
  const [campuses, organisations, formations, platforms] = await Promise.all([
    db.campus.findMany({
      orderBy: { position: "asc" },
      select: {
        id: true,
        slug: true,
        name: true,
        acronym: true,
        axes: { orderBy: { position: "asc" }, select: { id: true, title: true } },
      },
    }),
    db.organisation.findMany({
      where: pickableOrganisations(user),
      select: { id: true, name: true, acronym: true, city: true, publication: true },
    }),
    db.formation.findMany({
      where: pickableFormations(user),
      select: { id: true, title: true, commune: true, establishment: { select: { name: true } } },
    }),
    db.platform.findMany({
      where: pickablePlatforms(user),
      select: { id: true, name: true, acronym: true },
    }),
  ]);
  return {
    campuses: campuses.flatMap((c) =>
      isCampusSlug(c.slug)
        ? [{ id: c.id, slug: c.slug, name: campusShortName(c.name), acronym: c.acronym, axes: c.axes }]
        : [],
    ),
    organisations: sortFrench(organisations, (o) => o.name).map((o) => ({
      id: o.id,
      name: o.name,
      acronym: o.acronym,
      city: o.city,
      isDraft: o.publication === "DRAFT",
    })),
    formations: sortFrench(formations, (f) => f.title).map((f) => ({
      id: f.id,
      title: f.title,
      place: [f.establishment?.name, f.commune].filter(Boolean).join(", ") || null,
    })),
    platforms: sortFrench(platforms, (p) => p.name),
  };
}

/** Names of the records some action states refer to, for readable diffs. */
export async function loadNameLookup(states: (ActionContent | ActionSnapshot)[]): Promise<NameLookup> {
  const ids = {
    campuses: new Set<string>(),
    axes: new Set<string>(),
    organisations: new Set<string>(),
    formations: new Set<string>(),
    platforms: new Set<string>(),
  };
  for (const s of states) {
    for (const c of s.campuses) {
      ids.campuses.add(c.campusId);
      if (c.axisId) ids.axes.add(c.axisId);
    }
    for (const p of s.partners) ids.organisations.add(p.organisationId);
    for (const f of s.formationIds) ids.formations.add(f);
    for (const p of s.platformIds) ids.platforms.add(p);
  }
  const [campuses, axes, organisations, formations, platforms] = await Promise.all([
    db.campus.findMany({ where: { id: { in: [...ids.campuses] } }, select: { id: true, name: true } }),
    db.campusAxis.findMany({ where: { id: { in: [...ids.axes] } }, select: { id: true, title: true } }),
    db.organisation.findMany({
      where: { id: { in: [...ids.organisations] } },
      select: { id: true, name: true },
    }),
    db.formation.findMany({ where: { id: { in: [...ids.formations] } }, select: { id: true, title: true } }),
    db.platform.findMany({ where: { id: { in: [...ids.platforms] } }, select: { id: true, name: true } }),
  ]);
  const lookup = emptyLookup();
  for (const c of campuses) lookup.campuses[c.id] = campusShortName(c.name);
  for (const a of axes) lookup.axes[a.id] = a.title;
  for (const o of organisations) lookup.organisations[o.id] = o.name;
  for (const f of formations) lookup.formations[f.id] = f.title;
  for (const p of platforms) lookup.platforms[p.id] = p.name;
  return lookup;
}

export type ActionHistoryEntry = {
  version: number;
  kind: string;
  changedAt: Date;
  changedByName: string | null;
  changes: FieldChange[];
  isCurrent: boolean;
};

/** The revisions of an action, newest first, each as a readable diff from the one before. */
export async function getActionHistory(
  user: SessionUser,
  id: string,
): Promise<{
  id: string;
  title: string;
  version: number;
  publication: PublicationState;
  entries: ActionHistoryEntry[];
} | null> {
  if (!id || id.length > 64) return null;
  const action = await db.action.findFirst({
    where: { id, ...campusScope(user) },
    select: { id: true, title: true, version: true, publication: true },
  });
  if (!action) return null;
  const revisions = await db.actionRevision.findMany({
    where: { actionId: action.id },
    orderBy: { version: "asc" },
    select: {
      version: true,
      kind: true,
      snapshot: true,
      changedAt: true,
      changedBy: { select: { name: true } },
    },
  });
  const snapshots = revisions.map((r) => readSnapshot(r.snapshot));
  const names = await loadNameLookup(snapshots);
  const entries = revisions.map((r, i) => ({
    version: r.version,
    kind: r.kind,
    changedAt: r.changedAt,
    changedByName: r.changedBy?.name ?? null,
    changes: diffActions(i > 0 ? snapshots[i - 1] : null, snapshots[i], names),
    isCurrent: r.version === action.version,
  }));
  // The title and authors typeset; the diffs show the stored values as they were typed.
  return {
    ...typeset(action),
    entries: entries.reverse().map((e) => ({ ...e, changedByName: typeset(e.changedByName) })),
  };
}

/** A revision's content, for "see this version" before restoring it. */
export async function getActionRevision(
  user: SessionUser,
  id: string,
  version: number,
): Promise<{ snapshot: ActionSnapshot; content: ActionContent } | null> {
  const action = await db.action.findFirst({ where: { id, ...campusScope(user) }, select: { id: true } });
  if (!action || !Number.isInteger(version)) return null;
  const r = await db.actionRevision.findUnique({
    where: { actionId_version: { actionId: id, version } },
    select: { snapshot: true },
  });
  if (!r) return null;
  const snapshot = readSnapshot(r.snapshot);
  return { snapshot, content: contentOf(snapshot) };
}

export type ActionPreview = {
  publication: PublicationState;
  /** The action exactly as its public page will show it. */
  detail: ActionDetail;
  leadCampus: CampusSlug;
  /** Partners, formations and PFT linked but not published: the public page leaves them out. */
  hidden: string[];
};

/**
 * An action (draft included) as the public page will show it, for the DO's
 * preview: the public page's DTO, with the same rules for what it links to
 * (only published partners, formations, PFT and funders).
 */
export async function getActionPreview(user: SessionUser, id: string): Promise<ActionPreview | null> {
  if (!id || id.length > 64) return null;
  const a = await db.action.findFirst({
    where: { id, ...campusScope(user) },
    select: {
      ...actionDetailSelect,
      publication: true,
      partners: {
        select: {
          role: true,
          organisation: { select: { slug: true, name: true, acronym: true, publication: true } },
        },
      },
      formations: {
        select: {
          formation: { select: { slug: true, title: true, diploma: true, level: true, publication: true } },
        },
      },
      platforms: {
        select: { platform: { select: { slug: true, name: true, acronym: true, publication: true } } },
      },
    },
  });
  if (!a || a.campuses.length === 0) return null;
  const shown = <T extends { publication: PublicationState }>(x: T) => x.publication === "PUBLISHED";
  const strip = <T extends { publication: PublicationState }>({ publication: _p, ...rest }: T) => rest;
  const detail = toActionDetail(a, {
    partners: a.partners
      .filter((p) => shown(p.organisation))
      .map((p) => ({ ...strip(p.organisation), role: p.role })),
    formations: a.formations
      .map((f) => f.formation)
      .filter(shown)
      .map(strip),
    platforms: a.platforms
      .map((p) => p.platform)
      .filter(shown)
      .map(strip),
  });
  const hidden = [
    ...a.partners.filter((p) => !shown(p.organisation)).map((p) => p.organisation.name),
    ...a.formations.filter((f) => !shown(f.formation)).map((f) => f.formation.title),
    ...a.platforms.filter((p) => !shown(p.platform)).map((p) => p.platform.name),
  ];
  return { publication: a.publication, detail, leadCampus: detail.campuses[0].slug, hidden };
}

export type CampusBreakdownRow = {
  slug: CampusSlug;
  name: string;
  byStatus: Record<ActionStatus, number>;
  drafts: number;
  published: number;
};

/** For the coordinator: each campus's actions (owned or co-owned) by status, with drafts and published counts. */
export async function getCampusBreakdown(user: SessionUser): Promise<CampusBreakdownRow[]> {
  if (!isCoordinator(user)) return [];
  const [campuses, links] = await Promise.all([
    db.campus.findMany({ orderBy: { position: "asc" }, select: { id: true, slug: true, name: true } }),
    db.actionCampus.findMany({
      where: { action: { publication: { not: "ARCHIVED" } } },
      select: { campusId: true, action: { select: { status: true, publication: true } } },
    }),
  ]);
  return campuses.flatMap((c) => {
    if (!isCampusSlug(c.slug)) return [];
    const mine = links.filter((l) => l.campusId === c.id);
    const byStatus: Record<ActionStatus, number> = { PROJETEE: 0, EN_COURS: 0, TERMINEE: 0 };
    for (const l of mine) byStatus[l.action.status]++;
    return [
      {
        slug: c.slug,
        name: typeset(campusShortName(c.name)),
        byStatus,
        drafts: mine.filter((l) => l.action.publication === "DRAFT").length,
        published: mine.filter((l) => l.action.publication === "PUBLISHED").length,
      },
    ];
  });
}
