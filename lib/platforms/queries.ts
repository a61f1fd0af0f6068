import "server-only";
import {
  attachedOrganisationSelect,
  entryCardSelect,
  toEntryCard,
  type EntryCard,
} from "@/lib/directory/attached-organisation";
import { cachedRead } from "@/lib/cache/read";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AmountBasis, FundingKind } from "@/lib/generated/prisma/enums";
import { campusRefSelect, toCampusRef, type CampusRef } from "@/lib/campuses/refs";
import { listActionsLinkedTo, type ActionCard } from "@/lib/actions/queries";
import type { CampusSlug } from "@/lib/site/campuses";
import { fundingLineSelect } from "@/lib/fundings/select";
import { typeset } from "@/lib/text/typeset";

const PUBLISHED = { publication: "PUBLISHED" } as const;

/** A plateforme technologique (PFT) as lists show it. */
export type PlatformCard = EntryCard & {
  name: string;
  acronym: string | null;
  domain: string | null;
  /** true: labelled; false: not labelled; null: the report does not say. */
  isLabelled: boolean | null;
  host: { slug: string; name: string } | null;
};

const cardSelect = {
  ...entryCardSelect,
  name: true,
  acronym: true,
  domain: true,
  isLabelled: true,
  host: attachedOrganisationSelect,
} satisfies Prisma.PlatformSelect;

type CardRow = Prisma.PlatformGetPayload<{ select: typeof cardSelect }>;

const toCard = (row: CardRow): PlatformCard => toEntryCard(row, "host");

/** French order of the names: the stored `sortKey` (migration 20261206141507_sort_keys), sorted by the database. */
const NAME_ORDER = [{ sortKey: "asc" }, { id: "asc" }] satisfies Prisma.PlatformOrderByWithRelationInput[];

function platformWhere(scope?: CampusSlug): Prisma.PlatformWhereInput {
  return scope ? { AND: [PUBLISHED, { campuses: { some: { campus: { slug: scope } } } }] } : PUBLISHED;
}

/** The published PFT in French order of their names (of one campus with `scope`). */
export async function listPlatforms(scope?: CampusSlug): Promise<PlatformCard[]> {
  "use cache";
  cachedRead("platforms", "campuses", "organisations", "fundings");
  const rows = await db.platform.findMany({
    where: platformWhere(scope),
    select: cardSelect,
    orderBy: NAME_ORDER,
  });
  return rows.map(toCard);
}

export async function countPlatforms(scope?: CampusSlug): Promise<number> {
  "use cache";
  cachedRead("platforms", "campuses", "organisations", "fundings");
  return db.platform.count({ where: platformWhere(scope) });
}

/** PFT hosted by an organisation. */
export async function listPlatformsHostedBy(organisationId: string): Promise<PlatformCard[]> {
  "use cache";
  cachedRead("platforms", "campuses", "organisations", "fundings");
  const rows = await db.platform.findMany({
    where: { AND: [PUBLISHED, { hostId: organisationId }] },
    select: cardSelect,
    orderBy: NAME_ORDER,
  });
  return rows.map(toCard);
}

export type PlatformDetail = PlatformCard & {
  description: string;
  updatedAt: Date;
  actions: ActionCard[];
  fundings: {
    funder: { slug: string; name: string };
    kind: FundingKind;
    amountEuros: number | null;
    amountBasis: AmountBasis | null;
    startYear: number;
    endYear: number;
    isIndicative: boolean;
    purpose: string;
    campus: CampusRef | null;
  }[];
};

/** A published PFT with its actions and fundings, or null. */
export async function getPlatform(slug: string): Promise<PlatformDetail | null> {
  "use cache";
  cachedRead("platforms", "campuses", "organisations", "fundings");
  const p = await db.platform.findFirst({
    where: { AND: [PUBLISHED, { slug }] },
    select: {
      ...cardSelect,
      description: true,
      updatedAt: true,
      fundings: {
        where: { funder: PUBLISHED },
        orderBy: { startYear: "asc" },
        select: {
          ...fundingLineSelect,
          funder: { select: { slug: true, name: true } },
          campus: { select: campusRefSelect },
        },
      },
    },
  });
  if (!p) return null;
  return typeset({
    ...toCard(p),
    description: p.description,
    updatedAt: p.updatedAt,
    actions: await listActionsLinkedTo({ platformId: p.id }),
    fundings: p.fundings.map((f) => ({ ...f, campus: f.campus ? toCampusRef(f.campus) : null })),
  });
}
