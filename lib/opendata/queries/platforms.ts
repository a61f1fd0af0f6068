import "server-only";
import { cachedQueryRead, cachedRead } from "@/lib/cache/read";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Site } from "@/lib/site/links";
import { platformItemSchema, type PlatformItem } from "../dto";
import type { PlatformFilters } from "../filters";
import { placedEntryFields } from "../mapping";
import { publicUrls, publishedPartnerReference } from "../urls";
import { bySlug, type Page } from "./page";

const PUBLISHED = { publication: "PUBLISHED" } as const;

const include = {
  campuses: { include: { campus: { select: { slug: true } } } },
  host: { select: { id: true, slug: true, name: true, publication: true } },
} satisfies Prisma.PlatformInclude;

type Row = Prisma.PlatformGetPayload<{ include: typeof include }>;

function where(f: PlatformFilters): Prisma.PlatformWhereInput {
  const and: Prisma.PlatformWhereInput[] = [PUBLISHED];
  if (f.campus.length) and.push({ campuses: { some: { campus: { slug: { in: f.campus } } } } });
  if (f.departement) and.push({ departement: f.departement });
  return { AND: and };
}

function toItem(p: Row, site: Site): PlatformItem {
  return platformItemSchema.parse({
    ...placedEntryFields(p, publicUrls.platform(site, p.slug)),
    name: p.name,
    acronym: p.acronym,
    domain: p.domain,
    isLabelled: p.isLabelled,
    host: publishedPartnerReference(site, p.host),
  });
}

/** One page of published plateformes technologiques, ordered by slug. */
export async function listPlatforms(
  filters: PlatformFilters,
  page: Page,
  site: Site,
): Promise<PlatformItem[]> {
  "use cache";
  cachedQueryRead("platforms", "campuses", "organisations");
  const rows = await db.platform.findMany({ ...bySlug(where(filters), page), include });
  return rows.map((r) => toItem(r, site));
}

export async function getPlatform(id: string, site: Site): Promise<PlatformItem | null> {
  "use cache";
  cachedRead("platforms", "campuses", "organisations");
  const row = await db.platform.findFirst({ where: { id, ...PUBLISHED }, include });
  return row ? toItem(row, site) : null;
}
