import "server-only";
import { cachedQueryRead, cachedRead } from "@/lib/cache/read";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { FUNDING_KIND_LABELS } from "@/lib/labels";
import { isCampusSlug, type CampusSlug } from "@/lib/site/campuses";
import type { Site } from "@/lib/site/links";
import { fundingItemSchema, type FundingItem } from "../dto";
import type { FundingFilters } from "../filters";
import { afterKey, campusSlugs, codeLabel, iso } from "../mapping";
import { partnerReference, publicUrls } from "../urls";
import type { Page } from "./page";

const PUBLISHED = { publication: "PUBLISHED" } as const;
const AMOUNT_BASIS_LABELS = { PER_YEAR: "Par an", TOTAL: "Total" } as const;

/**
 * A funding is public when its funder is published and what it funds (a PFT,
 * an action), if any, is published too: its purpose may describe it.
 */
const PUBLIC_FUNDING = {
  funder: PUBLISHED,
  OR: [{ platformId: null }, { platform: PUBLISHED }],
  AND: [{ OR: [{ actionId: null }, { action: PUBLISHED }] }],
} satisfies Prisma.FundingWhereInput;

const include = {
  funder: { select: { id: true, slug: true, name: true } },
  campus: { select: { slug: true } },
  platform: {
    select: {
      id: true,
      slug: true,
      name: true,
      campuses: { include: { campus: { select: { slug: true } } } },
    },
  },
  action: {
    select: {
      id: true,
      slug: true,
      title: true,
      campuses: { include: { campus: { select: { slug: true } } } },
    },
  },
} satisfies Prisma.FundingInclude;

type Row = Prisma.FundingGetPayload<{ include: typeof include }>;

function where(f: FundingFilters): Prisma.FundingWhereInput {
  const and: Prisma.FundingWhereInput[] = [PUBLIC_FUNDING];
  if (f.campus.length) {
    and.push({
      OR: [
        { campus: { slug: { in: f.campus } } },
        { campusId: null, platform: { campuses: { some: { campus: { slug: { in: f.campus } } } } } },
      ],
    });
  }
  if (f.year) and.push({ startYear: { lte: f.year }, endYear: { gte: f.year } });
  if (f.kind.length) and.push({ kind: { in: f.kind } });
  if (f.funder) and.push({ funder: { slug: f.funder } });
  return { AND: and };
}

/** The campus funded: the funding's own, else the campuses of the PFT or the action it funds. */
function fundedCampuses(f: Row): CampusSlug[] {
  if (f.campus) return isCampusSlug(f.campus.slug) ? [f.campus.slug] : [];
  if (f.platform) return campusSlugs(f.platform.campuses);
  if (f.action) return campusSlugs(f.action.campuses);
  return [];
}

function toItem(f: Row, site: Site): FundingItem {
  const lead = f.action ? campusSlugs(f.action.campuses)[0] : undefined;
  return fundingItemSchema.parse({
    id: f.id,
    slug: f.key,
    url: publicUrls.fundings(site),
    campuses: fundedCampuses(f),
    funder: partnerReference(site, f.funder),
    kind: codeLabel(f.kind, FUNDING_KIND_LABELS),
    amountEuros: f.amountEuros,
    amountBasis: f.amountBasis ? codeLabel(f.amountBasis, AMOUNT_BASIS_LABELS) : null,
    startYear: f.startYear,
    endYear: f.endYear,
    isIndicative: f.isIndicative,
    purpose: f.purpose,
    platform: f.platform
      ? {
          id: f.platform.id,
          slug: f.platform.slug,
          name: f.platform.name,
          url: publicUrls.platform(site, f.platform.slug),
        }
      : null,
    action:
      f.action && lead
        ? {
            id: f.action.id,
            slug: f.action.slug,
            name: f.action.title,
            url: publicUrls.action(site, lead, f.action.slug),
          }
        : null,
    updatedAt: iso(f.updatedAt),
  });
}

/** One page of public fundings, ordered by their stable key (their slug in the API). */
export async function listFundings(filters: FundingFilters, page: Page, site: Site): Promise<FundingItem[]> {
  "use cache";
  cachedQueryRead("fundings", "organisations", "campuses", "platforms");
  const rows = await db.funding.findMany({
    where: { AND: [where(filters), { key: afterKey(page.after) }] },
    include,
    orderBy: { key: "asc" },
    take: page.take,
  });
  return rows.map((r) => toItem(r, site));
}

export async function getFunding(id: string, site: Site): Promise<FundingItem | null> {
  "use cache";
  cachedRead("fundings", "organisations", "campuses", "platforms");
  const row = await db.funding.findFirst({ where: { AND: [{ id }, PUBLIC_FUNDING] }, include });
  return row ? toItem(row, site) : null;
}
