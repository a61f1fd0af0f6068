import "server-only";
import type { FundingLine } from "@/lib/fundings/select";
import { cachedQueryRead, cachedRead } from "@/lib/cache/read";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  CampusOrganisationRole,
  CouncilCollege,
  LegalForm,
  OrganisationKind,
  RoleKind,
} from "@/lib/generated/prisma/enums";
import type { PartnerFilters } from "@/lib/organisations/filters";
import { campusRefSelect, toCampusRef, toCampusRefs, type CampusRef } from "@/lib/campuses/refs";
import { listActionsLinkedTo, type ActionCard } from "@/lib/actions/queries";
import { listFormationsOfEstablishment, type FormationCard } from "@/lib/formations/queries";
import { listPlatformsHostedBy, type PlatformCard } from "@/lib/platforms/queries";
import { inRankOrder, rankedIds } from "@/lib/search/ranking";
import type { CampusSlug } from "@/lib/site/campuses";
import { fundingLineSelect } from "@/lib/fundings/select";
import { pageWindow, type Page } from "@/lib/pagination";
import { sortFrench } from "@/lib/text/collate";
import { typeset } from "@/lib/text/typeset";

const PUBLISHED = { publication: "PUBLISHED" } as const;
const PUBLISHED_ACTION = { action: PUBLISHED } as const;

/** Order of the directory sections. */
export const ORGANISATION_KIND_ORDER: OrganisationKind[] = [
  "INSTITUTIONNEL",
  "COLLECTIVITE",
  "FINANCEUR",
  "BRANCHE_PROFESSIONNELLE",
  "OPCA",
  "POLE_COMPETITIVITE",
  "ENTREPRISE",
  "ETABLISSEMENT_SCOLAIRE",
  "ENSEIGNEMENT_SUPERIEUR",
  "ORGANISME_FORMATION",
  "RECHERCHE",
  "ASSOCIATION",
  "AUTRE",
];

export type OrganisationCard = {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  kind: OrganisationKind;
  city: string | null;
  departement: string | null;
  /** Campuses it works with: directory links and partnerships in published actions. */
  campuses: CampusRef[];
};

const cardSelect = {
  id: true,
  slug: true,
  name: true,
  acronym: true,
  kind: true,
  city: true,
  departement: true,
  campusLinks: { select: { campus: { select: campusRefSelect } } },
  actionLinks: {
    where: PUBLISHED_ACTION,
    select: { action: { select: { campuses: { select: { campus: { select: campusRefSelect } } } } } },
  },
} satisfies Prisma.OrganisationSelect;

type CardRow = Prisma.OrganisationGetPayload<{ select: typeof cardSelect }>;

function toCard(o: CardRow): OrganisationCard {
  const campuses = new Map<string, CardRow["campusLinks"][number]["campus"]>();
  for (const l of o.campusLinks) campuses.set(l.campus.slug, l.campus);
  for (const l of o.actionLinks) for (const c of l.action.campuses) campuses.set(c.campus.slug, c.campus);
  return typeset({
    id: o.id,
    slug: o.slug,
    name: o.name,
    acronym: o.acronym,
    kind: o.kind,
    city: o.city,
    departement: o.departement,
    campuses: toCampusRefs([...campuses.values()]),
  });
}

/** A campus's organisations: its directory and the partners of its published actions. */
function ofCampus(slugs: CampusSlug[]): Prisma.OrganisationWhereInput {
  return {
    OR: [
      { campusLinks: { some: { campus: { slug: { in: slugs } } } } },
      {
        actionLinks: {
          some: { action: { AND: [PUBLISHED, { campuses: { some: { campus: { slug: { in: slugs } } } } }] } },
        },
      },
    ],
  };
}

function organisationWhere(
  filters: Omit<PartnerFilters, "q">,
  scope?: CampusSlug,
): Prisma.OrganisationWhereInput {
  const and: Prisma.OrganisationWhereInput[] = [PUBLISHED];
  if (scope) and.push(ofCampus([scope]));
  if (filters.campus.length) and.push(ofCampus(filters.campus));
  if (filters.kind.length) and.push({ kind: { in: filters.kind } });
  return { AND: and };
}

export type OrganisationGroup = {
  kind: OrganisationKind;
  /** This page's organisations of the kind. */
  organisations: OrganisationCard[];
  /** Organisations of the kind matching the filters, all pages together. */
  total: number;
  /** The page where the kind's first organisation is. */
  firstPage: number;
  /** The kind started on an earlier page. */
  continued: boolean;
};

/** The directory shows more per page than the other lists (one line each): the 2018 report's 160 fit on one. */
export const DIRECTORY_PER_PAGE = 200;

export type OrganisationDirectoryPage = Omit<Page<OrganisationCard>, "items"> & {
  /** This page's organisations by kind. */
  groups: OrganisationGroup[];
  /** Every kind with matches, on this page or not (organisations empty when not). */
  kinds: OrganisationGroup[];
};

/**
 * One page of the partner directory, grouped by kind (in
 * ORGANISATION_KIND_ORDER): names in French order, or by search rank inside
 * each kind with a query. The database sorts and cuts the page (the stored
 * `kindRank` and `sortKey`, migration 20261206141507_sort_keys): three
 * queries whatever the number of organisations.
 */
export async function listOrganisationsByKind(
  filters: PartnerFilters,
  options: { page?: number; perPage?: number; scope?: CampusSlug } = {},
): Promise<OrganisationDirectoryPage> {
  "use cache";
  cachedQueryRead("organisations", "campuses", "fundings", "formations", "platforms", "actions");
  const where = organisationWhere(filters, options.scope);
  const perPage = options.perPage ?? DIRECTORY_PER_PAGE;
  let totals: Map<OrganisationKind, number>;
  let w: ReturnType<typeof pageWindow>;
  let rows: CardRow[];
  if (filters.q) {
    // At most MAX_HITS ranked ids: ordered by kind, then rank, here.
    const ranked = await rankedIds("organisation", filters.q, options.scope);
    const matching = ranked.length
      ? await db.organisation.findMany({
          where: { AND: [where, { id: { in: ranked.map((r) => r.id) } }] },
          select: { id: true, kind: true },
        })
      : [];
    const ordered = inRankOrder(matching, ranked).sort(
      (a, b) => ORGANISATION_KIND_ORDER.indexOf(a.kind) - ORGANISATION_KIND_ORDER.indexOf(b.kind),
    );
    totals = new Map();
    for (const o of ordered) totals.set(o.kind, (totals.get(o.kind) ?? 0) + 1);
    w = pageWindow(ordered.length, options.page, perPage);
    const pageIds = ordered.slice(w.skip, w.skip + w.perPage).map((o) => o.id);
    rows = pageIds.length
      ? inRankOrder(
          await db.organisation.findMany({ where: { id: { in: pageIds } }, select: cardSelect }),
          pageIds.map((id) => ({ id, rank: 0 })),
        )
      : [];
  } else {
    const counts = await db.organisation.groupBy({ by: ["kind"], where, _count: { _all: true } });
    totals = new Map(counts.map((c) => [c.kind, c._count._all]));
    w = pageWindow(
      counts.reduce((n, c) => n + c._count._all, 0),
      options.page,
      perPage,
    );
    rows = await db.organisation.findMany({
      where,
      select: cardSelect,
      orderBy: [{ kindRank: "asc" }, { sortKey: "asc" }, { id: "asc" }],
      skip: w.skip,
      take: w.perPage,
    });
  }
  const cards = rows.map(toCard);
  let start = 0;
  const kinds: OrganisationGroup[] = [];
  for (const kind of ORGANISATION_KIND_ORDER) {
    const total = totals.get(kind) ?? 0;
    if (total === 0) continue;
    kinds.push({
      kind,
      organisations: cards.filter((c) => c.kind === kind),
      total,
      firstPage: Math.floor(start / w.perPage) + 1,
      continued: start < w.skip,
    });
    start += total;
  }
  return {
    groups: kinds.filter((g) => g.organisations.length > 0),
    kinds,
    total: start,
    page: w.page,
    pageCount: w.pageCount,
    perPage: w.perPage,
  };
}

/** Kinds present in the directory (filter options). */
export async function getOrganisationKinds(scope?: CampusSlug): Promise<OrganisationKind[]> {
  "use cache";
  cachedRead("organisations", "campuses", "fundings", "formations", "platforms", "actions");
  const rows = await db.organisation.groupBy({
    by: ["kind"],
    where: organisationWhere({ campus: [], kind: [] }, scope),
  });
  const present = new Set(rows.map((r) => r.kind));
  return ORGANISATION_KIND_ORDER.filter((k) => present.has(k));
}

/** Number of published organisations working with the campuses (key figures). */
export async function countPartners(scope?: CampusSlug): Promise<number> {
  "use cache";
  cachedRead("organisations", "campuses", "fundings", "formations", "platforms", "actions");
  return db.organisation.count({ where: organisationWhere({ campus: [], kind: [] }, scope) });
}

export type OrganisationDetail = OrganisationCard & {
  website: string | null;
  description: string | null;
  updatedAt: Date;
  /** Its place in each campus: roles, council college, the report's note. */
  campusRoles: {
    campus: CampusRef;
    roles: CampusOrganisationRole[];
    councilCollege: CouncilCollege | null;
    note: string | null;
  }[];
  /** Campuses it carries (structure porteuse), with the campus's legal form. */
  porteurOf: { campus: CampusRef; legalForm: LegalForm }[];
  /** Named roles (directeur de campus…) held through it. */
  people: { role: RoleKind; personName: string | null; note: string | null; campus: CampusRef | null }[];
  actions: ActionCard[];
  formations: FormationCard[];
  platforms: PlatformCard[];
  fundings: FundingLine[];
};

/** A published organisation with everything its page shows, or null. */
export async function getOrganisation(slug: string): Promise<OrganisationDetail | null> {
  "use cache";
  cachedRead("organisations", "campuses", "fundings", "formations", "platforms", "actions");
  const o = await db.organisation.findFirst({
    where: { AND: [PUBLISHED, { slug }] },
    select: {
      ...cardSelect,
      website: true,
      description: true,
      updatedAt: true,
      campusLinks: {
        select: { roles: true, councilCollege: true, note: true, campus: { select: campusRefSelect } },
        orderBy: { campus: { position: "asc" } },
      },
      porteurOf: { select: { legalForm: true, ...campusRefSelect }, orderBy: { position: "asc" } },
      roles: { select: { role: true, personName: true, note: true, campus: { select: campusRefSelect } } },
      fundings: {
        orderBy: [{ startYear: "asc" }, { campus: { position: "asc" } }],
        select: {
          ...fundingLineSelect,
          campus: { select: campusRefSelect },
          platform: { select: { slug: true, name: true, publication: true } },
        },
      },
    },
  });
  if (!o) return null;
  const [actions, formations, platforms] = await Promise.all([
    listActionsLinkedTo({ organisationId: o.id }),
    listFormationsOfEstablishment(o.id),
    listPlatformsHostedBy(o.id),
  ]);
  return typeset({
    ...toCard(o),
    website: o.website,
    description: o.description,
    updatedAt: o.updatedAt,
    campusRoles: o.campusLinks.map((l) => ({
      campus: toCampusRef(l.campus),
      roles: l.roles,
      councilCollege: l.councilCollege,
      note: l.note,
    })),
    porteurOf: o.porteurOf.map((c) => ({ campus: toCampusRef(c), legalForm: c.legalForm })),
    people: o.roles.map((r) => ({
      role: r.role,
      personName: r.personName,
      note: r.note,
      campus: r.campus ? toCampusRef(r.campus) : null,
    })),
    actions,
    formations,
    platforms,
    fundings: o.fundings.map((f) => ({
      ...f,
      campus: f.campus ? toCampusRef(f.campus) : null,
      platform:
        f.platform?.publication === "PUBLISHED" ? { slug: f.platform.slug, name: f.platform.name } : null,
    })),
  });
}

export type CampusPartner = {
  slug: string;
  name: string;
  acronym: string | null;
  kind: OrganisationKind;
  city: string | null;
  note: string | null;
  roles: CampusOrganisationRole[];
};

export type CampusPartners = {
  /** Directory by role (an organisation with two roles appears under both). */
  byRole: { role: CampusOrganisationRole; partners: CampusPartner[] }[];
  /** The conseil de perfectionnement by college (the report's Annexe B). */
  council: { college: CouncilCollege | null; members: CampusPartner[] }[];
  /** Partners of the campus's published actions that its directory does not list. */
  actionPartners: CampusPartner[];
  total: number;
};

const ROLE_ORDER: CampusOrganisationRole[] = [
  "STRUCTURE_PORTEUSE",
  "FINANCEUR",
  "BRANCHE_REFERENCE",
  "PARTENAIRE",
  "CONSEIL_ADMINISTRATION",
  "MEMBRE",
];
const COLLEGE_ORDER: CouncilCollege[] = ["FORMATION", "BRANCHES_PROFESSIONNELLES", "INSTITUTIONNELS"];

/** A campus's partners page: directory by role, conseil de perfectionnement, action partners. */
export async function getCampusPartners(campus: CampusSlug): Promise<CampusPartners> {
  "use cache";
  cachedRead("organisations", "campuses", "fundings", "formations", "platforms", "actions");
  const [links, partnerRows] = await Promise.all([
    db.campusOrganisation.findMany({
      where: { campus: { slug: campus }, organisation: PUBLISHED },
      select: {
        roles: true,
        councilCollege: true,
        note: true,
        organisation: { select: { slug: true, name: true, acronym: true, kind: true, city: true } },
      },
    }),
    db.organisation.findMany({
      where: {
        AND: [
          PUBLISHED,
          {
            actionLinks: {
              some: { action: { AND: [PUBLISHED, { campuses: { some: { campus: { slug: campus } } } }] } },
            },
          },
          { campusLinks: { none: { campus: { slug: campus } } } },
        ],
      },
      select: { slug: true, name: true, acronym: true, kind: true, city: true },
    }),
  ]);
  const partners = sortFrench(links, (l) => l.organisation.name).map((l) => ({
    ...l.organisation,
    note: l.note,
    roles: l.roles,
    college: l.councilCollege,
  }));
  const byRole = ROLE_ORDER.map((role) => ({
    role,
    partners: partners.filter((p) => p.roles.includes(role)),
  })).filter((g) => g.partners.length > 0);
  const councilMembers = partners.filter((p) => p.roles.includes("CONSEIL_PERFECTIONNEMENT"));
  const council = [...COLLEGE_ORDER, null]
    .map((college) => ({ college, members: councilMembers.filter((p) => p.college === college) }))
    .filter((g) => g.members.length > 0);
  const strip = ({ college: _college, ...p }: (typeof partners)[number]): CampusPartner => p;
  return typeset({
    byRole: byRole.map((g) => ({ role: g.role, partners: g.partners.map(strip) })),
    council: council.map((g) => ({ college: g.college, members: g.members.map(strip) })),
    actionPartners: sortFrench(partnerRows, (o) => o.name).map((o) => ({ ...o, note: null, roles: [] })),
    total: partners.length + partnerRows.length,
  });
}
