import "server-only";
import {
  attachedOrganisationSelect,
  entryCardSelect,
  toEntryCard,
  type EntryCard,
} from "@/lib/directory/attached-organisation";
import { cachedQueryRead, cachedRead } from "@/lib/cache/read";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DiplomaType, FormationState, Modality } from "@/lib/generated/prisma/enums";
import type { FormationFilters } from "@/lib/formations/filters";
import { campusRefSelect } from "@/lib/campuses/refs";
import { listActionsLinkedTo, type ActionCard } from "@/lib/actions/queries";
import { inDeclaredOrder } from "@/lib/enum-order";
import { departementLabel } from "@/lib/map/departements";
import { pageWindow, type Page } from "@/lib/pagination";
import { inRankOrder, rankedIds } from "@/lib/search/ranking";
import type { CampusSlug } from "@/lib/site/campuses";
import { sortFrench } from "@/lib/text/collate";
import { equalsText } from "@/lib/text/like";
import { typeset } from "@/lib/text/typeset";

const PUBLISHED = { publication: "PUBLISHED" } as const;

/** A formation as lists show it; where it is taught: its own commune, else its establishment's city. */
export type FormationCard = EntryCard & {
  title: string;
  diploma: DiplomaType;
  level: number | null;
  modalities: Modality[];
  state: FormationState;
  establishment: { slug: string; name: string } | null;
};

const cardSelect = {
  ...entryCardSelect,
  title: true,
  diploma: true,
  level: true,
  modalities: true,
  state: true,
  establishment: attachedOrganisationSelect,
} satisfies Prisma.FormationSelect;

type CardRow = Prisma.FormationGetPayload<{ select: typeof cardSelect }>;

const toCard = (row: CardRow): FormationCard => toEntryCard(row, "establishment");

/** The formation's place: its own fields, else its (published) establishment's. */
function locatedIn(field: "departement" | "commune", value: string): Prisma.FormationWhereInput {
  const same = equalsText(value);
  if (field === "departement") {
    return {
      OR: [
        { departement: same },
        { departement: null, establishment: { AND: [PUBLISHED, { departement: same }] } },
      ],
    };
  }
  return { OR: [{ commune: same }, { commune: null, establishment: { AND: [PUBLISHED, { city: same }] } }] };
}

function formationWhere(
  filters: Omit<FormationFilters, "q">,
  scope?: CampusSlug,
): Prisma.FormationWhereInput {
  const and: Prisma.FormationWhereInput[] = [PUBLISHED];
  if (scope) and.push({ campuses: { some: { campus: { slug: scope } } } });
  if (filters.campus.length) and.push({ campuses: { some: { campus: { slug: { in: filters.campus } } } } });
  if (filters.diploma.length) and.push({ diploma: { in: filters.diploma } });
  if (filters.level.length) and.push({ level: { in: filters.level } });
  if (filters.modality.length) and.push({ modalities: { hasSome: filters.modality } });
  if (filters.state.length) and.push({ state: { in: filters.state } });
  if (filters.departement) and.push(locatedIn("departement", filters.departement));
  if (filters.commune) and.push(locatedIn("commune", filters.commune));
  if (filters.establishment)
    and.push({ establishment: { AND: [PUBLISHED, { slug: filters.establishment }] } });
  return { AND: and };
}

/**
 * Catalogue order: by level (unknown last), then title in French order (the
 * stored `sortKey`, migration 20261206141507_sort_keys), sorted by the database.
 */
const LIST_ORDER = [
  { level: { sort: "asc", nulls: "last" } },
  { sortKey: "asc" },
  { id: "asc" },
] satisfies Prisma.FormationOrderByWithRelationInput[];

/** One page of the formation catalogue (all campuses, or one with `scope`). */
export async function listFormations(
  filters: FormationFilters,
  options: { page?: number; perPage?: number; scope?: CampusSlug } = {},
): Promise<Page<FormationCard>> {
  "use cache";
  cachedQueryRead("formations", "campuses", "organisations");
  const where = formationWhere(filters, options.scope);
  if (!filters.q) {
    // The database sorts and cuts the page: two queries whatever the size of the catalogue.
    const total = await db.formation.count({ where });
    const w = pageWindow(total, options.page, options.perPage);
    const rows = await db.formation.findMany({
      where,
      select: cardSelect,
      orderBy: LIST_ORDER,
      skip: w.skip,
      take: w.perPage,
    });
    return { items: rows.map(toCard), total, page: w.page, pageCount: w.pageCount, perPage: w.perPage };
  }
  const ranked = await rankedIds("formation", filters.q, options.scope);
  const matching = ranked.length
    ? await db.formation.findMany({
        where: { AND: [where, { id: { in: ranked.map((r) => r.id) } }] },
        select: { id: true },
      })
    : [];
  const ids = inRankOrder(matching, ranked).map((r) => r.id);
  const w = pageWindow(ids.length, options.page, options.perPage);
  const pageIds = ids.slice(w.skip, w.skip + w.perPage);
  const rows = pageIds.length
    ? await db.formation.findMany({
        where: { AND: [PUBLISHED, { id: { in: pageIds } }] },
        select: cardSelect,
      })
    : [];
  return {
    items: inRankOrder(
      rows,
      pageIds.map((id) => ({ id, rank: 0 })),
    ).map(toCard),
    total: ids.length,
    page: w.page,
    pageCount: w.pageCount,
    perPage: w.perPage,
  };
}

export type Option = { value: string; label: string };
export type FormationFilterOptions = {
  /** Published formations counted (the catalogue's introduction states what it holds). */
  total: number;
  /** How many of them prepare each diploma, most frequent first (ties in the schema's order). */
  diplomaCounts: { diploma: DiplomaType; count: number }[];
  diplomas: DiplomaType[];
  levels: number[];
  modalities: Modality[];
  states: FormationState[];
  departements: Option[];
  communes: string[];
  establishments: Option[];
};

/** Values the catalogue filters can take, from the published formations. */
export async function getFormationFilterOptions(scope?: CampusSlug): Promise<FormationFilterOptions> {
  "use cache";
  cachedRead("formations", "campuses", "organisations");
  const rows = await db.formation.findMany({
    where: formationWhere({ campus: [], diploma: [], level: [], modality: [], state: [] }, scope),
    select: cardSelect,
  });
  const cards = rows.map(toCard);
  const uniq = <T>(values: (T | null)[]) => [...new Set(values.filter((v): v is T => v !== null))];
  const establishments = new Map(
    cards.filter((c) => c.establishment).map((c) => [c.establishment!.slug, c.establishment!.name]),
  );
  const perDiploma = new Map<DiplomaType, number>();
  for (const c of cards) perDiploma.set(c.diploma, (perDiploma.get(c.diploma) ?? 0) + 1);
  return typeset({
    total: cards.length,
    diplomaCounts: inDeclaredOrder([...perDiploma.keys()], DiplomaType)
      .map((diploma) => ({ diploma, count: perDiploma.get(diploma)! }))
      .sort((a, b) => b.count - a.count),
    diplomas: inDeclaredOrder(uniq(cards.map((c) => c.diploma)), DiplomaType),
    levels: uniq(cards.map((c) => c.level)).sort((a, b) => a - b),
    modalities: inDeclaredOrder(uniq(cards.flatMap((c) => c.modalities)), Modality),
    states: inDeclaredOrder(uniq(cards.map((c) => c.state)), FormationState),
    departements: uniq(cards.map((c) => c.departement))
      .sort()
      .map((d) => ({ value: d, label: departementLabel(d) })),
    communes: sortFrench(uniq(cards.map((c) => c.commune)), (c) => c),
    establishments: sortFrench(
      [...establishments.entries()].map(([value, label]) => ({ value, label })),
      (o) => o.label,
    ),
  });
}

export type FormationDetail = FormationCard & {
  description: string;
  rncp: string | null;
  cfd: string | null;
  duration: string | null;
  admission: string | null;
  nextSession: string | null;
  applicationUrl: string | null;
  updatedAt: Date;
  /** How to reach each campus teaching it. */
  contacts: { slug: CampusSlug; email: string }[];
  actions: ActionCard[];
};

/** A published formation with the actions it is part of, or null. */
export async function getFormation(slug: string): Promise<FormationDetail | null> {
  "use cache";
  cachedRead("formations", "campuses", "organisations");
  const f = await db.formation.findFirst({
    where: { AND: [PUBLISHED, { slug }] },
    select: {
      ...cardSelect,
      campuses: { select: { campus: { select: { ...campusRefSelect, email: true } } } },
      description: true,
      rncp: true,
      cfd: true,
      duration: true,
      admission: true,
      nextSession: true,
      applicationUrl: true,
      updatedAt: true,
    },
  });
  if (!f) return null;
  const card = toCard(f);
  const emails = new Map(f.campuses.map((c) => [c.campus.slug, c.campus.email]));
  return typeset({
    ...card,
    description: f.description,
    rncp: f.rncp,
    cfd: f.cfd,
    duration: f.duration,
    admission: f.admission,
    nextSession: f.nextSession,
    applicationUrl: f.applicationUrl,
    updatedAt: f.updatedAt,
    contacts: card.campuses.flatMap((c) => {
      const email = emails.get(c.slug);
      return email ? [{ slug: c.slug, email }] : [];
    }),
    actions: await listActionsLinkedTo({ formationId: f.id }),
  });
}

/** Formations an organisation teaches (its establishment link). */
export async function listFormationsOfEstablishment(organisationId: string): Promise<FormationCard[]> {
  "use cache";
  cachedRead("formations", "campuses", "organisations");
  const rows = await db.formation.findMany({
    where: { AND: [PUBLISHED, { establishmentId: organisationId }] },
    select: cardSelect,
    orderBy: LIST_ORDER,
  });
  return rows.map(toCard);
}

/** Number of published formations (key figures). */
export async function countFormations(scope?: CampusSlug): Promise<number> {
  "use cache";
  cachedRead("formations", "campuses", "organisations");
  return db.formation.count({
    where: formationWhere({ campus: [], diploma: [], level: [], modality: [], state: [] }, scope),
  });
}

/** The lowest and highest level (niveaux 3 à 8 of the national nomenclature) of the published formations. */
export async function formationLevelRange(scope?: CampusSlug): Promise<{ min: number; max: number } | null> {
  "use cache";
  cachedRead("formations", "campuses", "organisations");
  const { _min, _max } = await db.formation.aggregate({
    where: {
      AND: [
        formationWhere({ campus: [], diploma: [], level: [], modality: [], state: [] }, scope),
        { level: { not: null } },
      ],
    },
    _min: { level: true },
    _max: { level: true },
  });
  return _min.level !== null && _max.level !== null ? { min: _min.level, max: _max.level } : null;
}

/** Every published formation as a card (map, sitemap). */
export async function listAllFormationCards(): Promise<FormationCard[]> {
  "use cache";
  cachedRead("formations", "campuses", "organisations");
  const rows = await db.formation.findMany({ where: PUBLISHED, select: cardSelect, orderBy: LIST_ORDER });
  return rows.map(toCard);
}
