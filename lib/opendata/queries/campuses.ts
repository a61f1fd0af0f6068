import "server-only";
import { cachedQueryRead, cachedRead } from "@/lib/cache/read";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { campusFullName } from "@/lib/campuses/names";
import { LEGAL_FORM_LABELS, ROLE_LABELS, SOCIAL_NETWORK_LABELS } from "@/lib/labels";
import { isCampusSlug } from "@/lib/site/campuses";
import type { Site } from "@/lib/site/links";
import { campusItemSchema, type CampusItem } from "../dto";
import { afterKey, codeLabel, iso } from "../mapping";
import { publicUrls, publishedPartnerReference } from "../urls";
import type { Page } from "./page";

const PUBLISHED_ORG = { id: true, slug: true, name: true, publication: true } as const;

/** Role holders' names are left out: the API does not redistribute people's names. */
const include = {
  porteur: { select: PUBLISHED_ORG },
  axes: { orderBy: { position: "asc" } },
  socialLinks: { orderBy: { position: "asc" } },
  roles: {
    select: { role: true, organisation: { select: PUBLISHED_ORG } },
    orderBy: [{ role: "asc" }, { key: "asc" }],
  },
} satisfies Prisma.CampusInclude;

type Row = Prisma.CampusGetPayload<{ include: typeof include }>;

function toItem(c: Row, site: Site): CampusItem {
  if (!isCampusSlug(c.slug)) throw new Error(`Campus inattendu en base : ${c.slug}`);
  return campusItemSchema.parse({
    id: c.id,
    slug: c.slug,
    url: publicUrls.campus(site, c.slug),
    campuses: [c.slug],
    acronym: c.acronym,
    name: c.name,
    fullName: campusFullName(c.name),
    alias: c.alias,
    sectors: c.sectors,
    labelYear: c.labelYear,
    legalForm: codeLabel(c.legalForm, LEGAL_FORM_LABELS),
    porteur: publishedPartnerReference(site, c.porteur),
    email: c.email,
    website: c.siteUrl,
    color: c.color,
    presentation: c.presentation,
    axes: c.axes.map((a) => ({ key: a.key, title: a.title, description: a.description })),
    roles: c.roles.map((r) => ({
      role: codeLabel(r.role, ROLE_LABELS),
      organisation: publishedPartnerReference(site, r.organisation),
    })),
    socialLinks: c.socialLinks.map((l) => ({
      network: codeLabel(l.network, SOCIAL_NETWORK_LABELS),
      url: l.url,
    })),
    updatedAt: iso(c.updatedAt),
  });
}

/** The campuses, ordered by slug (the six are a closed list). */
export async function listCampuses(_filters: object, page: Page, site: Site): Promise<CampusItem[]> {
  "use cache";
  cachedQueryRead("campuses", "organisations");
  const rows = await db.campus.findMany({
    where: { slug: afterKey(page.after) },
    include,
    orderBy: { slug: "asc" },
    take: page.take,
  });
  return rows.map((r) => toItem(r, site));
}

export async function getCampus(id: string, site: Site): Promise<CampusItem | null> {
  "use cache";
  cachedRead("campuses", "organisations");
  const row = await db.campus.findUnique({ where: { id }, include });
  return row ? toItem(row, site) : null;
}
