import "server-only";
import { cachedQueryRead, cachedRead } from "@/lib/cache/read";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { Audience } from "@/lib/generated/prisma/enums";
import type { ActionStatus, AmountBasis, FundingKind, DiplomaType } from "@/lib/generated/prisma/enums";
import type { ActionFilters } from "@/lib/actions/filters";
import { ACTION_STATUS_ORDER } from "@/lib/labels";
import { inDeclaredOrder } from "@/lib/enum-order";
import { campusRefSelect, toCampusRef, type CampusRef } from "@/lib/campuses/refs";
import { formatStoredPeriod, isoPartial } from "@/lib/dates/format";
import { pageWindow, type Page } from "@/lib/pagination";
import { inRankOrder, rankedIds } from "@/lib/search/ranking";
import type { CampusSlug } from "@/lib/site/campuses";
import { fundingLineSelect } from "@/lib/fundings/select";
import { compareFrench, sortFrench } from "@/lib/text/collate";
import { typeset } from "@/lib/text/typeset";

/** Every public read of actions starts from this: drafts and archived actions never show. */
const PUBLISHED = { publication: "PUBLISHED" } as const;

export type ActionCampusRef = CampusRef & { isLead: boolean };

export type ActionCard = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  status: ActionStatus;
  /** French period ("du 13 au 21 juin 2018"), or null when the report gives no date. */
  period: string | null;
  audiences: Audience[];
  reportYears: number[];
  /** Owning campuses, lead first. */
  campuses: ActionCampusRef[];
};

const cardSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  status: true,
  startDate: true,
  startPrecision: true,
  endDate: true,
  endPrecision: true,
  audiences: true,
  reportYears: true,
  campuses: { select: { isLead: true, campus: { select: campusRefSelect } } },
} satisfies Prisma.ActionSelect;

type CardRow = Prisma.ActionGetPayload<{ select: typeof cardSelect }>;

function campusesOf(rows: CardRow["campuses"]): ActionCampusRef[] {
  return [...rows]
    .sort((a, b) => Number(b.isLead) - Number(a.isLead) || a.campus.position - b.campus.position)
    .map((r) => ({ ...toCampusRef(r.campus), isLead: r.isLead }));
}

function toCard(a: CardRow): ActionCard {
  return typeset({
    id: a.id,
    slug: a.slug,
    title: a.title,
    summary: a.summary,
    status: a.status,
    period: formatStoredPeriod(
      { date: a.startDate, precision: a.startPrecision },
      { date: a.endDate, precision: a.endPrecision },
    ),
    audiences: a.audiences,
    reportYears: a.reportYears,
    campuses: campusesOf(a.campuses),
  });
}

type Orderable = { status: ActionStatus; startDate: Date | null; endDate: Date | null; title: string };

const time = (d: Date | null) => d?.getTime() ?? null;

/**
 * What a visitor wants first: ongoing actions (latest started first), then
 * upcoming ones (soonest first), then finished ones by recency (latest end
 * first); undated ones close each group, and titles in French order break ties.
 */
function compareForVisitors(a: Orderable, b: Orderable): number {
  const status = ACTION_STATUS_ORDER.indexOf(a.status) - ACTION_STATUS_ORDER.indexOf(b.status);
  if (status) return status;
  const [x, y] =
    a.status === "TERMINEE"
      ? [time(a.endDate ?? a.startDate), time(b.endDate ?? b.startDate)]
      : [time(a.startDate), time(b.startDate)];
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return a.status === "PROJETEE" ? x - y : y - x;
}

/** Actions in the order of every public list (see compareForVisitors). */
export function inVisitorOrder<T extends Orderable>(rows: readonly T[]): T[] {
  return sortFrench(rows, (a) => a.title, compareForVisitors);
}

const orderSelect = { id: true, status: true, startDate: true, endDate: true, title: true } as const;

/**
 * The visitor order (compareForVisitors) sorted by the database: the stored
 * `listStatus`, `listDate` and `sortKey` (migration 20261206141507_sort_keys)
 * spell out the same rules.
 */
const VISITOR_ORDER = [
  { listStatus: "asc" },
  { listDate: { sort: "asc", nulls: "last" } },
  { sortKey: "asc" },
  { id: "asc" },
] satisfies Prisma.ActionOrderByWithRelationInput[];

/** The Prisma filter of the public action lists; `scope` restricts to one campus (sub-sites). */
function actionWhere(filters: Omit<ActionFilters, "q">, scope?: CampusSlug): Prisma.ActionWhereInput {
  const and: Prisma.ActionWhereInput[] = [PUBLISHED];
  if (scope) and.push({ campuses: { some: { campus: { slug: scope } } } });
  if (filters.campus.length) and.push({ campuses: { some: { campus: { slug: { in: filters.campus } } } } });
  if (filters.status.length) and.push({ status: { in: filters.status } });
  if (filters.year) and.push({ reportYears: { has: filters.year } });
  if (filters.public.length) and.push({ audiences: { hasSome: filters.public } });
  if (filters.axis) {
    and.push({
      campuses: { some: { axis: { key: filters.axis }, ...(scope ? { campus: { slug: scope } } : {}) } },
    });
  }
  return { AND: and };
}

/**
 * Ids of the actions matching the filters, in display order: by search rank
 * when there is a query, else by date. Lists are small (a few hundred per
 * year), so ordering ids first keeps paging and ranking simple.
 */
async function matchingIds(filters: ActionFilters, scope?: CampusSlug): Promise<string[]> {
  const where = actionWhere(filters, scope);
  if (filters.q) {
    const ranked = await rankedIds("action", filters.q, scope);
    if (ranked.length === 0) return [];
    const rows = await db.action.findMany({
      where: { AND: [where, { id: { in: ranked.map((r) => r.id) } }] },
      select: { id: true },
    });
    return inRankOrder(rows, ranked).map((r) => r.id);
  }
  const rows = await db.action.findMany({ where, select: { id: true }, orderBy: VISITOR_ORDER });
  return rows.map((r) => r.id);
}

async function cardsByIds(ids: string[]): Promise<ActionCard[]> {
  if (ids.length === 0) return [];
  const rows = await db.action.findMany({
    where: { AND: [PUBLISHED, { id: { in: ids } }] },
    select: cardSelect,
  });
  return inRankOrder(
    rows,
    ids.map((id) => ({ id, rank: 0 })),
  ).map(toCard);
}

/** One page of the actions matching the filters (hub list, all campuses, or one campus with `scope`). */
export async function listActions(
  filters: ActionFilters,
  options: { page?: number; perPage?: number; scope?: CampusSlug } = {},
): Promise<Page<ActionCard>> {
  "use cache";
  cachedQueryRead("actions", "campuses", "organisations", "formations", "platforms");
  if (!filters.q) {
    // The database sorts and cuts the page: two queries whatever the number of actions.
    const where = actionWhere(filters, options.scope);
    const total = await db.action.count({ where });
    const w = pageWindow(total, options.page, options.perPage);
    const rows = await db.action.findMany({
      where,
      select: cardSelect,
      orderBy: VISITOR_ORDER,
      skip: w.skip,
      take: w.perPage,
    });
    return { items: rows.map(toCard), total, page: w.page, pageCount: w.pageCount, perPage: w.perPage };
  }
  const ids = await matchingIds(filters, options.scope);
  const w = pageWindow(ids.length, options.page, options.perPage);
  const items = await cardsByIds(ids.slice(w.skip, w.skip + w.perPage));
  return { items, total: ids.length, page: w.page, pageCount: w.pageCount, perPage: w.perPage };
}

export type ActionGroup = { status: ActionStatus; actions: ActionCard[] };

/** A campus's actions grouped en cours / projetées / terminées (the report's Annexe I). */
export async function listCampusActionGroups(
  campus: CampusSlug,
  filters: ActionFilters,
): Promise<{ groups: ActionGroup[]; total: number }> {
  "use cache";
  cachedQueryRead("actions", "campuses", "organisations", "formations", "platforms");
  const ids = await matchingIds(filters, campus);
  const cards = await cardsByIds(ids);
  const groups = ACTION_STATUS_ORDER.map((status) => ({
    status,
    actions: cards.filter((a) => a.status === status),
  }));
  return { groups, total: cards.length };
}

/**
 * The actions a home page shows first: current ones (ongoing, upcoming, then
 * the latest finished) — on the hub, taken in turn from each lead campus so
 * that no single campus fills the list.
 */
export async function listLatestActions(limit: number, scope?: CampusSlug): Promise<ActionCard[]> {
  "use cache";
  cachedRead("actions", "campuses", "organisations", "formations", "platforms");
  const where = actionWhere({ campus: [], status: [], public: [] }, scope);
  if (scope) {
    const rows = await db.action.findMany({
      where,
      select: { id: true },
      orderBy: VISITOR_ORDER,
      take: limit,
    });
    return cardsByIds(rows.map((r) => r.id));
  }
  const ordered = await db.action.findMany({
    where,
    select: { ...orderSelect, campuses: { where: { isLead: true }, select: { campusId: true } } },
    orderBy: VISITOR_ORDER,
  });
  // Each lead campus's first `limit` actions, then taken in turn.
  const byCampus = new Map<string, typeof ordered>();
  for (const r of ordered) {
    const key = r.campuses[0]?.campusId ?? "";
    const queue = byCampus.get(key) ?? [];
    if (queue.length < limit) queue.push(r);
    byCampus.set(key, queue);
  }
  let picked: typeof ordered = [];
  const queues = [...byCampus.values()];
  for (let round = 0; picked.length < limit && queues.some((q) => q.length > round); round++)
    for (const q of queues) if (q[round] && picked.length < limit) picked.push(q[round]);
  picked = inVisitorOrder(picked);
  return cardsByIds(picked.map((r) => r.id));
}

/** Published actions per status (key figures). */
export async function countActionsByStatus(scope?: CampusSlug): Promise<Record<ActionStatus, number>> {
  "use cache";
  cachedRead("actions", "campuses", "organisations", "formations", "platforms");
  const rows = await db.action.groupBy({
    by: ["status"],
    where: actionWhere({ campus: [], status: [], public: [] }, scope),
    _count: { _all: true },
  });
  const counts: Record<ActionStatus, number> = { EN_COURS: 0, PROJETEE: 0, TERMINEE: 0 };
  for (const r of rows) counts[r.status] = r._count._all;
  return counts;
}

export type AxisOption = { key: string; title: string; campuses: string[] };
export type ActionFilterOptions = { years: number[]; audiences: Audience[]; axes: AxisOption[] };

/** Values the filters can take, from the published actions (of one campus with `scope`). */
export async function getActionFilterOptions(scope?: CampusSlug): Promise<ActionFilterOptions> {
  "use cache";
  cachedRead("actions", "campuses", "organisations", "formations", "platforms");
  const rows = await db.action.findMany({
    where: actionWhere({ campus: [], status: [], public: [] }, scope),
    select: {
      reportYears: true,
      audiences: true,
      campuses: {
        select: {
          campus: { select: { slug: true, acronym: true } },
          axis: { select: { key: true, title: true, position: true } },
        },
      },
    },
  });
  const years = new Set<number>();
  const audiences = new Set<Audience>();
  const axes = new Map<string, AxisOption & { position: number }>();
  for (const r of rows) {
    r.reportYears.forEach((y) => years.add(y));
    r.audiences.forEach((a) => audiences.add(a));
    for (const c of r.campuses) {
      if (!c.axis || (scope && c.campus.slug !== scope)) continue;
      const option = axes.get(c.axis.key) ?? {
        key: c.axis.key,
        title: c.axis.title,
        campuses: [],
        position: c.axis.position,
      };
      if (!option.campuses.includes(c.campus.acronym)) option.campuses.push(c.campus.acronym);
      axes.set(c.axis.key, option);
    }
  }
  return typeset({
    years: [...years].sort((a, b) => b - a),
    audiences: inDeclaredOrder(audiences, Audience),
    axes: [...axes.values()]
      .sort((a, b) => a.position - b.position || compareFrench(a.title, b.title))
      .map(({ key, title, campuses }) => ({ key, title, campuses: campuses.sort() })),
  });
}

export type ActionDetail = ActionCard & {
  body: string;
  /** Editors' note on where the facts come from: one discreet line, never in the body. */
  source: string;
  start: string | null;
  end: string | null;
  updatedAt: Date;
  axes: { campus: CampusSlug; key: string; title: string }[];
  beneficiaries: { count: number; unit: string; detail: string | null; audience: Audience | null }[];
  partners: { slug: string; name: string; acronym: string | null; role: string | null }[];
  links: { label: string; url: string }[];
  formations: { slug: string; title: string; diploma: DiplomaType; level: number | null }[];
  platforms: { slug: string; name: string; acronym: string | null }[];
  fundings: {
    funder: { slug: string; name: string; acronym: string | null };
    kind: FundingKind;
    amountEuros: number | null;
    amountBasis: AmountBasis | null;
    startYear: number;
    endYear: number;
    isIndicative: boolean;
    purpose: string;
  }[];
};

/**
 * What an action's page reads, but for its partners, formations and PFT:
 * the public page lists the published ones, the back office's preview all.
 */
export const actionDetailSelect = {
  ...cardSelect,
  body: true,
  source: true,
  updatedAt: true,
  campuses: {
    select: {
      isLead: true,
      campus: { select: campusRefSelect },
      axis: { select: { key: true, title: true } },
    },
  },
  beneficiaries: {
    orderBy: { position: "asc" },
    select: { count: true, unit: true, detail: true, audience: true },
  },
  links: { orderBy: { position: "asc" }, select: { label: true, url: true } },
  fundings: {
    where: { funder: PUBLISHED },
    orderBy: [{ startYear: "asc" }],
    select: { ...fundingLineSelect, funder: { select: { slug: true, name: true, acronym: true } } },
  },
} satisfies Prisma.ActionSelect;

type DetailRow = Prisma.ActionGetPayload<{ select: typeof actionDetailSelect }>;

/** An action's page from its row and the partners, formations and PFT it shows. */
export function toActionDetail(
  a: DetailRow,
  shown: Pick<ActionDetail, "partners" | "formations" | "platforms">,
): ActionDetail {
  return typeset({
    ...toCard(a),
    body: a.body,
    source: a.source,
    start: isoPartial({ date: a.startDate, precision: a.startPrecision }),
    end: isoPartial({ date: a.endDate, precision: a.endPrecision }),
    updatedAt: a.updatedAt,
    axes: a.campuses
      .filter((c) => c.axis)
      .map((c) => ({ campus: toCampusRef(c.campus).slug, key: c.axis!.key, title: c.axis!.title })),
    beneficiaries: a.beneficiaries,
    links: a.links,
    fundings: a.fundings,
    partners: sortFrench(shown.partners, (p) => p.name),
    formations: sortFrench(shown.formations, (f) => f.title),
    platforms: sortFrench(shown.platforms, (p) => p.name),
  });
}

/**
 * A published action as one of its owning campuses shows it, or null (not
 * published, unknown, or not an action of that campus).
 */
export async function getCampusAction(campus: CampusSlug, slug: string): Promise<ActionDetail | null> {
  "use cache";
  cachedRead("actions", "campuses", "organisations", "formations", "platforms");
  const a = await db.action.findFirst({
    where: { AND: [PUBLISHED, { slug }, { campuses: { some: { campus: { slug: campus } } } }] },
    select: {
      ...actionDetailSelect,
      partners: {
        where: { organisation: PUBLISHED },
        select: { role: true, organisation: { select: { slug: true, name: true, acronym: true } } },
      },
      formations: {
        where: { formation: PUBLISHED },
        select: { formation: { select: { slug: true, title: true, diploma: true, level: true } } },
      },
      platforms: {
        where: { platform: PUBLISHED },
        select: { platform: { select: { slug: true, name: true, acronym: true } } },
      },
    },
  });
  if (!a) return null;
  return toActionDetail(a, {
    partners: a.partners.map((p) => ({ ...p.organisation, role: p.role })),
    formations: a.formations.map((f) => f.formation),
    platforms: a.platforms.map((p) => p.platform),
  });
}

/** Actions (cards) of which an organisation is a partner, a formation is part, or a platform is used. */
export async function listActionsLinkedTo(link: {
  organisationId?: string;
  formationId?: string;
  platformId?: string;
}): Promise<ActionCard[]> {
  "use cache";
  cachedRead("actions", "campuses", "organisations", "formations", "platforms");
  const where: Prisma.ActionWhereInput = link.organisationId
    ? { partners: { some: { organisationId: link.organisationId } } }
    : link.formationId
      ? { formations: { some: { formationId: link.formationId } } }
      : link.platformId
        ? { platforms: { some: { platformId: link.platformId } } }
        : { id: "" };
  const rows = await db.action.findMany({
    where: { AND: [PUBLISHED, where] },
    select: cardSelect,
    orderBy: VISITOR_ORDER,
  });
  return rows.map(toCard);
}
