import "server-only";
/**
 * What the back office's dashboard lists as waiting for someone: per campus
 * (the DO's own, every campus for the coordinator) the action drafts not
 * published, the organisations its DO proposed that still await validation,
 * the progress of the current campaign's chapter, section by section (à
 * rédiger, en cours, soumise, validée), and the campaign's deadline with the
 * days left; for the coordinator also the site settings still empty.
 * The campus is part of every read: a DO never gets another campus's rows.
 */
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { isCoordinator } from "@/lib/auth/permissions";
import { campusShortName } from "@/lib/campuses/names";
import { currentCampaignYear, getCampaign } from "@/lib/report/queries";
import type { CampusSectionKey } from "@/lib/report/sections";
import { deadlineOf, type Deadline, type SectionState, type StateCounts } from "@/lib/report/progress";
import { readSiteSettings } from "@/lib/settings/queries";
import { missingSettings, type SiteSettings } from "@/lib/settings/schema";
import type { CampusSlug } from "@/lib/site/campuses";
import { typeset } from "@/lib/text/typeset";

export type CampusToDo = {
  slug: CampusSlug;
  shortName: string;
  drafts: number;
  proposals: number;
  report: {
    written: number;
    total: number;
    toWrite: string[];
    states: StateCounts;
    sections: { key: CampusSectionKey; label: string; state: SectionState }[];
  };
};

export type DashboardToDo = {
  campuses: CampusToDo[];
  report: { year: number; opened: boolean; isValidated: boolean; deadline: Deadline | null };
  /** Coordinator only: the settings still empty; null for a DO. */
  missingSettings: (keyof SiteSettings)[] | null;
};

export async function getDashboardToDo(user: SessionUser, now: Date = new Date()): Promise<DashboardToDo> {
  const coordinator = isCoordinator(user);
  if (!coordinator && !user.campusId)
    return {
      campuses: [],
      report: { year: 0, opened: false, isValidated: false, deadline: null },
      missingSettings: null,
    };
  const year = await currentCampaignYear(now);
  const campusWhere = coordinator ? {} : { id: user.campusId! };
  const [campaign, settings, campuses, proposals] = await Promise.all([
    getCampaign(user, year, now),
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
  const empty: StateCounts = { TO_WRITE: 0, IN_PROGRESS: 0, SUBMITTED: 0, VALIDATED: 0 };
  return {
    campuses: campuses.map((c) => {
      const progress = campaign.campuses.find((p) => p.slug === c.slug);
      const sections = progress?.sections ?? [];
      return {
        slug: c.slug as CampusSlug,
        shortName: typeset(campusShortName(c.name)),
        drafts: c.actions.length,
        proposals: proposals.filter((p) => p.campusId === c.id && stillDrafts.has(p.entityId)).length,
        report: {
          written: sections.filter((s) => s.written).length,
          total: sections.length,
          toWrite: isValidated ? [] : sections.filter((s) => !s.written).map((s) => s.label),
          states: progress?.states ?? empty,
          sections: sections.map(({ key, label, state }) => ({ key, label, state })),
        },
      };
    }),
    report: {
      year,
      opened: campaign.edition.opened,
      isValidated,
      // Not opened yet: the default deadline it will open with.
      deadline: campaign.edition.opened
        ? campaign.edition.deadline
        : deadlineOf(settings.defaultReportDeadline, now),
    },
    missingSettings: coordinator ? missingSettings(settings) : null,
  };
}
