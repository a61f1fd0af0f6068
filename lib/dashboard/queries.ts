import "server-only";
/**
 * What the back office's dashboard lists as waiting for someone: per campus
 * (the DO's own, every campus for the coordinator) the action drafts not
 * published, the organisations its DO proposed that still await validation,
 * the sections of this year's report left to write and its deadline; for the
 * coordinator also the site settings still empty ("À compléter").
 */
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { isCoordinator } from "@/lib/auth/permissions";
import { campusShortName } from "@/lib/campuses/names";
import { getCampaign, listReportYears } from "@/lib/report/queries";
import { readSiteSettings } from "@/lib/settings/queries";
import { missingSettings, type SiteSettings } from "@/lib/settings/schema";
import type { CampusSlug } from "@/lib/site/campuses";

export type CampusToDo = {
  slug: CampusSlug;
  shortName: string;
  drafts: number;
  proposals: number;
  report: { written: number; total: number; toWrite: string[] };
};

export type DashboardToDo = {
  campuses: CampusToDo[];
  report: { year: number; isValidated: boolean; deadline: Date | null };
  /** Coordinator only: the settings still empty; null for a DO. */
  missingSettings: (keyof SiteSettings)[] | null;
};

/** The year whose report is being written: the latest up to this one (as the report's own page picks it). */
async function currentReportYear(): Promise<number> {
  const thisYear = new Date().getFullYear();
  return (await listReportYears()).find((y) => y <= thisYear) ?? thisYear;
}

export async function getDashboardToDo(user: SessionUser): Promise<DashboardToDo> {
  const coordinator = isCoordinator(user);
  if (!coordinator && !user.campusId)
    return { campuses: [], report: { year: 0, isValidated: false, deadline: null }, missingSettings: null };
  const year = await currentReportYear();
  const campusWhere = coordinator ? {} : { id: user.campusId! };
  const [campaign, settings, campuses, proposals] = await Promise.all([
    getCampaign(user, year),
    readSiteSettings(),
    db.campus.findMany({
      where: campusWhere,
      orderBy: { position: "asc" },
      select: {
        id: true,
        slug: true,
        name: true,
        actions: {
          where: { action: { publication: "DRAFT" } },
          select: { actionId: true },
        },
      },
    }),
    // Proposals are organisations still in draft whose proposal was made from a campus.
    db.auditLog.findMany({
      where: {
        entityType: "organisation",
        operation: "propose",
        ...(coordinator ? {} : { campusId: user.campusId! }),
      },
      select: { entityId: true, campusId: true },
    }),
  ]);
  const stillDrafts = new Set(
    (
      await db.organisation.findMany({
        where: { id: { in: proposals.map((p) => p.entityId) }, publication: "DRAFT" },
        select: { id: true },
      })
    ).map((o) => o.id),
  );
  const isValidated = campaign.edition.status === "VALIDATED";
  return {
    campuses: campuses.map((c) => {
      const progress = campaign.campuses.find((p) => p.slug === c.slug);
      const sections = progress?.sections ?? [];
      return {
        slug: c.slug as CampusSlug,
        shortName: campusShortName(c.name),
        drafts: c.actions.length,
        proposals: proposals.filter((p) => p.campusId === c.id && stillDrafts.has(p.entityId)).length,
        report: {
          written: sections.filter((s) => s.written).length,
          total: sections.length,
          toWrite: isValidated ? [] : sections.filter((s) => !s.written).map((s) => s.label),
        },
      };
    }),
    report: { year, isValidated, deadline: settings.defaultReportDeadline },
    missingSettings: coordinator ? missingSettings(settings) : null,
  };
}
