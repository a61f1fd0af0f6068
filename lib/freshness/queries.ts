import "server-only";
/**
 * How current the public data is: when it last changed, and whether its
 * newest facts are those of the latest validated activity report (then the
 * site says so plainly: "Données issues du rapport d'activité 2018").
 */
import { cachedRead } from "@/lib/cache/read";
import { db } from "@/lib/db";
import type { CampusSlug } from "@/lib/site/campuses";

export type Freshness = {
  /** Latest change of a published action, formation, PFT or organisation (null: nothing published). */
  updatedAt: Date | null;
  /** The validated report the data comes from, when no published action is about a later year. */
  reportYear: number | null;
};

const PUBLISHED = { publication: "PUBLISHED" } as const;

export async function getFreshness(scope?: CampusSlug): Promise<Freshness> {
  "use cache";
  cachedRead("actions", "formations", "organisations", "platforms", "campuses", "reports");
  const ofCampus = scope ? { campuses: { some: { campus: { slug: scope } } } } : {};
  const [actions, formations, platforms, organisations, edition, years] = await Promise.all([
    db.action.aggregate({ where: { ...PUBLISHED, ...ofCampus }, _max: { updatedAt: true } }),
    db.formation.aggregate({ where: { ...PUBLISHED, ...ofCampus }, _max: { updatedAt: true } }),
    db.platform.aggregate({ where: { ...PUBLISHED, ...ofCampus }, _max: { updatedAt: true } }),
    scope
      ? Promise.resolve({ _max: { updatedAt: null } })
      : db.organisation.aggregate({ where: PUBLISHED, _max: { updatedAt: true } }),
    db.reportEdition.findFirst({
      where: { status: "VALIDATED" },
      orderBy: { year: "desc" },
      select: { year: true },
    }),
    db.action.findMany({ where: { ...PUBLISHED, ...ofCampus }, select: { reportYears: true } }),
  ]);
  const dates = [actions, formations, platforms, organisations]
    .map((a) => a._max.updatedAt)
    .filter((d): d is Date => d !== null);
  const updatedAt = dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : null;
  const latestYear = Math.max(0, ...years.flatMap((a) => a.reportYears));
  const reportYear = edition && latestYear <= edition.year ? edition.year : null;
  return { updatedAt, reportYear };
}
