import "server-only";
import { cachedRead } from "@/lib/cache/read";
import { db } from "@/lib/db";
import type { CampusSlug } from "@/lib/site/campuses";
import { listCampusReportYears } from "@/lib/campuses/queries";

const PUBLISHED = { publication: "PUBLISHED" } as const;

/** Hub pages that exist whatever the data (paths on the hub host). */
export const HUB_STATIC_PATHS = [
  "/",
  "/les-cmq",
  "/actions",
  "/formations",
  "/partenaires",
  "/plateformes",
  "/financeurs",
  "/rapports",
  "/donnees-ouvertes",
  "/carte",
  "/contact",
  "/plan-du-site",
  "/mentions-legales",
  "/donnees-personnelles",
  "/accessibilite",
] as const;

/** Pages of every campus sub-site (paths on the campus's own host). */
export const CAMPUS_STATIC_PATHS = ["/", "/actions", "/formations", "/partenaires", "/plateformes"] as const;

export type SitemapPath = { path: string; lastModified?: Date };

/** The hub's canonical pages: static pages and the published formations, partners and PFT. */
export async function getHubSitemapPaths(): Promise<SitemapPath[]> {
  "use cache";
  cachedRead("actions", "formations", "organisations", "platforms", "campuses", "reports");
  const [formations, organisations, platforms] = await Promise.all([
    db.formation.findMany({
      where: PUBLISHED,
      select: { slug: true, updatedAt: true },
      orderBy: { slug: "asc" },
    }),
    db.organisation.findMany({
      where: PUBLISHED,
      select: { slug: true, updatedAt: true },
      orderBy: { slug: "asc" },
    }),
    db.platform.findMany({
      where: PUBLISHED,
      select: { slug: true, updatedAt: true },
      orderBy: { slug: "asc" },
    }),
  ]);
  return [
    ...HUB_STATIC_PATHS.map((path) => ({ path })),
    ...formations.map((f) => ({ path: `/formations/${f.slug}`, lastModified: f.updatedAt })),
    ...organisations.map((o) => ({ path: `/partenaires/${o.slug}`, lastModified: o.updatedAt })),
    ...platforms.map((p) => ({ path: `/plateformes/${p.slug}`, lastModified: p.updatedAt })),
  ];
}

/**
 * A campus's canonical pages: its static pages, its yearly reports and the
 * published actions it leads (an action co-owned by several campuses has its
 * canonical page on its lead campus).
 */
export async function getCampusSitemapPaths(campus: CampusSlug): Promise<SitemapPath[]> {
  "use cache";
  cachedRead("actions", "formations", "organisations", "platforms", "campuses", "reports");
  const [actions, reports, platforms] = await Promise.all([
    db.action.findMany({
      where: { AND: [PUBLISHED, { campuses: { some: { isLead: true, campus: { slug: campus } } } }] },
      select: { slug: true, updatedAt: true },
      orderBy: { slug: "asc" },
    }),
    listCampusReportYears(campus),
    db.platform.count({ where: { AND: [PUBLISHED, { campuses: { some: { campus: { slug: campus } } } }] } }),
  ]);
  const validatedAt = new Map(
    (
      await db.reportEdition.findMany({
        where: { year: { in: reports } },
        select: { year: true, validatedAt: true },
      })
    ).map((e) => [e.year, e.validatedAt ?? undefined]),
  );
  return [
    // A section with nothing in it is not offered (the navigation hides it too).
    ...CAMPUS_STATIC_PATHS.filter((path) => path !== "/plateformes" || platforms > 0).map((path) => ({
      path,
    })),
    ...reports.map((year) => ({ path: `/bilan/${year}`, lastModified: validatedAt.get(year) })),
    ...actions.map((a) => ({ path: `/actions/${a.slug}`, lastModified: a.updatedAt })),
  ];
}
