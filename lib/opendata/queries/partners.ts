import "server-only";
import { cachedQueryRead, cachedRead } from "@/lib/cache/read";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnerFilters } from "@/lib/organisations/filters";
import {
  CAMPUS_ORGANISATION_ROLE_LABELS,
  COUNCIL_COLLEGE_LABELS,
  ORGANISATION_KIND_LABELS,
} from "@/lib/labels";
import { isCampusSlug } from "@/lib/site/campuses";
import type { Site } from "@/lib/site/links";
import { partnerItemSchema, type PartnerItem } from "../dto";
import { codeLabel, iso } from "../mapping";
import { searchIds } from "../search";
import { publicUrls } from "../urls";
import { bySlug, type Page } from "./page";

const PUBLISHED = { publication: "PUBLISHED" } as const;

const include = {
  campusLinks: { include: { campus: { select: { slug: true } } }, orderBy: { campus: { slug: "asc" } } },
  porteurOf: { select: { slug: true } },
} satisfies Prisma.OrganisationInclude;

type Row = Prisma.OrganisationGetPayload<{ include: typeof include }>;

async function where(f: PartnerFilters): Promise<Prisma.OrganisationWhereInput> {
  const and: Prisma.OrganisationWhereInput[] = [PUBLISHED];
  if (f.campus.length) {
    and.push({
      OR: [
        { campusLinks: { some: { campus: { slug: { in: f.campus } } } } },
        { porteurOf: { some: { slug: { in: f.campus } } } },
      ],
    });
  }
  if (f.kind.length) and.push({ kind: { in: f.kind } });
  if (f.q) and.push({ id: { in: await searchIds("partners", f.q) } });
  return { AND: and };
}

function toItem(o: Row, site: Site): PartnerItem {
  const campuses = [
    ...new Set([...o.campusLinks.map((l) => l.campus.slug), ...o.porteurOf.map((c) => c.slug)]),
  ]
    .filter(isCampusSlug)
    .sort();
  return partnerItemSchema.parse({
    id: o.id,
    slug: o.slug,
    url: publicUrls.partner(site, o.slug),
    campuses,
    name: o.name,
    acronym: o.acronym,
    kind: codeLabel(o.kind, ORGANISATION_KIND_LABELS),
    website: o.website,
    city: o.city,
    departement: o.departement,
    description: o.description,
    campusRoles: o.campusLinks.map((l) => ({
      campus: l.campus.slug,
      roles: l.roles.map((r) => codeLabel(r, CAMPUS_ORGANISATION_ROLE_LABELS)),
      councilCollege: l.councilCollege ? codeLabel(l.councilCollege, COUNCIL_COLLEGE_LABELS) : null,
    })),
    updatedAt: iso(o.updatedAt),
  });
}

/** One page of published organisations, ordered by slug. */
export async function listPartners(filters: PartnerFilters, page: Page, site: Site): Promise<PartnerItem[]> {
  "use cache";
  cachedQueryRead("organisations", "campuses");
  const base = await where(filters);
  const rows = await db.organisation.findMany({ ...bySlug(base, page), include });
  return rows.map((r) => toItem(r, site));
}

export async function getPartner(id: string, site: Site): Promise<PartnerItem | null> {
  "use cache";
  cachedRead("organisations", "campuses");
  const row = await db.organisation.findFirst({ where: { id, ...PUBLISHED }, include });
  return row ? toItem(row, site) : null;
}
