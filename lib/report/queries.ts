import "server-only";
import { cachedRead } from "@/lib/cache/read";
/**
 * Reads of the annual report: exports (authorized from the session, or
 * public for validated editions only), the campaign's completeness, and
 * the texts a DO or the coordinator edits. Every read of non-public data
 * takes the SessionUser and scopes its `where` with it.
 */
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { isCampusDirector } from "@/lib/auth/permissions";
import { ACTION_STATUS_LABELS, ACTION_STATUS_ORDER } from "@/lib/labels";
import { isCampusSlug, type CampusSlug } from "@/lib/site/campuses";
import { campusShortName } from "@/lib/campuses/names";
import { exportAccess, canManageEdition, canWriteCampusChapter, type Refusal } from "./access";
import { loadReportDocument } from "./assemble";
import { renderReport, type RenderedReport, type ReportFormat } from "./export";
import { BUSY_MESSAGE, getPublishedFile, renderIfIdle, type StoredReportFile } from "./files";
import { getValidatedReport } from "./queries-validated";
import {
  CAMPUS_SECTION_KEYS,
  CAMPUS_SECTIONS,
  REGION_PART_KEYS,
  REGION_PARTS,
  type CampusSectionKey,
  type RegionPartKey,
} from "./sections";
import type { ReportDocument } from "./types";
import {
  countStates,
  deadlineOf,
  readReviewStates,
  sectionState,
  type Deadline,
  type SectionState,
  type StateCounts,
} from "./progress";

export type ExportResult = { ok: true; file: RenderedReport | StoredReportFile } | Refusal | Busy;
export type PublishedResult = { ok: true; file: StoredReportFile } | Refusal;
export type Busy = { ok: false; status: 429; message: string };

const NO_REPORT: Refusal = { ok: false, status: 404, message: "Aucun rapport n'existe pour cette année." };

/** A year has a report when it has an edition or at least one action. */
export async function reportYearExists(year: number): Promise<boolean> {
  const [edition, action] = await Promise.all([
    db.reportEdition.findUnique({ where: { year }, select: { id: true } }),
    db.action.findFirst({ where: { reportYears: { has: year } }, select: { id: true } }),
  ]);
  return !!edition || !!action;
}

/** An export for a signed-in user: the region for the coordinator, their own campus for a DO. */
export async function getReportExport(
  user: SessionUser | null,
  request: { year: number; format: ReportFormat; campus?: string | null },
): Promise<ExportResult> {
  const access = exportAccess(user, request.campus);
  if (!access.ok) return access;
  if (!(await reportYearExists(request.year))) return NO_REPORT;
  // A validated edition's file is the published one, built once.
  const published = await getPublishedFile(request.year, access.campus, request.format);
  if (published) return { ok: true, file: published };
  const doc = await loadReportDocument({ year: request.year, campus: access.campus });
  if (!doc) return NO_REPORT;
  const file = await renderIfIdle(() => renderReport(doc, request.format));
  return file ? { ok: true, file } : { ok: false, status: 429, message: BUSY_MESSAGE };
}

export { getValidatedReport };

/**
 * Anonymous downloads: validated editions only, as they were frozen — the
 * stored file (built once, see ./files.ts), never a rendering per request.
 */
export async function getPublicReportExport(request: {
  year: number;
  format: ReportFormat;
  campus?: string | null;
}): Promise<PublishedResult> {
  const campus = request.campus?.trim() || null;
  if (campus !== null && !isCampusSlug(campus))
    return { ok: false, status: 404, message: "Ce campus n'existe pas." };
  const file = await getPublishedFile(request.year, campus, request.format);
  if (!file)
    return { ok: false, status: 404, message: "Aucun rapport validé n'est publié pour cette année." };
  return { ok: true, file };
}

/** The validated editions, newest first (public list of downloads). */
export async function listValidatedEditions(): Promise<
  { year: number; validatedAt: Date | null; publishedOn: string | null; publishedNote: string | null }[]
> {
  "use cache";
  cachedRead("reports");
  return db.reportEdition.findMany({
    where: { status: "VALIDATED" },
    orderBy: { year: "desc" },
    select: { year: true, validatedAt: true, publishedOn: true, publishedNote: true },
  });
}

/**
 * Years the campaign can be run for: every year with an edition or actions,
 * and the next one after the latest (the campaign to open); the current
 * year when there is no data at all.
 */
export async function listReportYears(now: Date = new Date()): Promise<number[]> {
  const [editions, actions] = await Promise.all([
    db.reportEdition.findMany({ select: { year: true } }),
    db.action.findMany({ select: { reportYears: true } }),
  ]);
  const years = new Set<number>([...editions.map((e) => e.year), ...actions.flatMap((a) => a.reportYears)]);
  years.add(years.size ? Math.max(...years) + 1 : now.getFullYear());
  return [...years].sort((a, b) => b - a);
}

/**
 * The campaign the back office follows by default (dashboards, the report
 * screen): the latest open one not yet validated, else the latest year that
 * can be opened (the next one after the data).
 */
export async function currentCampaignYear(now: Date = new Date()): Promise<number> {
  const open = await db.reportEdition.findFirst({
    where: { status: "DRAFT" },
    orderBy: { year: "desc" },
    select: { year: true },
  });
  if (open) return open.year;
  return (await listReportYears(now))[0];
}

export type ActionRef = { id: string; title: string; slug: string };

export type CampusProgress = {
  slug: CampusSlug;
  acronym: string;
  name: string;
  shortName: string;
  sections: { key: CampusSectionKey; label: string; written: boolean; state: SectionState }[];
  sectionsWritten: number;
  /** How many sections are in each state (à rédiger, en cours, soumise, validée). */
  states: StateCounts;
  updatedAt: Date | null;
  updatedBy: string | null;
  actions: {
    total: number;
    byStatus: { status: (typeof ACTION_STATUS_ORDER)[number]; label: string; count: number }[];
    drafts: ActionRef[];
    missingDates: ActionRef[];
    missingBeneficiaries: ActionRef[];
    missingPartners: ActionRef[];
  };
};

export type EditionState = {
  year: number;
  status: "DRAFT" | "VALIDATED";
  validatedAt: Date | null;
  validatedBy: string | null;
  /** A published edition loaded from content/: when it came out, as its source states it. */
  publishedOn: string | null;
  /** What that source says of its date when it states none. */
  publishedNote: string | null;
  /** Is the year's campaign open (its edition exists)? */
  opened: boolean;
  /** The campaign's deadline, with the days left (negative once passed). */
  deadline: Deadline | null;
  updatedAt: Date | null;
  /** The regional parts' version (0 before their first save), sent back by their form. */
  version: number;
  parts: { key: RegionPartKey; label: string; written: boolean }[];
  events: { kind: string; reason: string | null; at: Date; user: string | null }[];
};

async function editionState(year: number, now: Date = new Date()): Promise<EditionState> {
  const edition = await db.reportEdition.findUnique({
    where: { year },
    include: {
      validatedBy: { select: { name: true } },
      events: { orderBy: { at: "desc" }, include: { user: { select: { name: true } } } },
    },
  });
  return {
    year,
    status: edition?.status ?? "DRAFT",
    validatedAt: edition?.validatedAt ?? null,
    validatedBy: edition?.validatedBy?.name ?? null,
    publishedOn: edition?.publishedOn ?? null,
    publishedNote: edition?.publishedNote ?? null,
    opened: !!edition,
    deadline: deadlineOf(edition?.deadline ?? null, now),
    updatedAt: edition?.updatedAt ?? null,
    version: edition?.version ?? 0,
    parts: REGION_PART_KEYS.map((key) => ({
      key,
      label: REGION_PARTS[key].label,
      written: !!edition?.[key].trim(),
    })),
    events: (edition?.events ?? []).map((e) => ({
      kind: e.kind,
      reason: e.reason,
      at: e.at,
      user: e.user?.name ?? null,
    })),
  };
}

/**
 * The campaign of a year as the user may see it: every campus for the
 * coordinator, their own for a DO (the campus is part of every `where`).
 */
export async function getCampaign(
  user: SessionUser,
  year: number,
  now: Date = new Date(),
): Promise<{ edition: EditionState; campuses: CampusProgress[] }> {
  const campusWhere = canManageEdition(user) ? {} : { id: user.campusId ?? "" };
  const edition = await editionState(year, now);
  const editionValidated = edition.status === "VALIDATED";
  const campuses = await db.campus.findMany({
    where: campusWhere,
    orderBy: { position: "asc" },
    select: {
      id: true,
      slug: true,
      acronym: true,
      name: true,
      reports: { where: { year }, include: { updatedBy: { select: { name: true } } } },
      actions: {
        where: { action: { reportYears: { has: year }, publication: { not: "ARCHIVED" } } },
        select: {
          action: {
            select: {
              id: true,
              title: true,
              slug: true,
              status: true,
              publication: true,
              startDate: true,
              _count: { select: { beneficiaries: true, partners: true } },
            },
          },
        },
      },
    },
  });
  const ref = (a: ActionRef) => ({ id: a.id, title: a.title, slug: a.slug });
  return {
    edition,
    campuses: campuses
      .filter((c) => isCampusSlug(c.slug))
      .map((c) => {
        const report = c.reports[0];
        const all = c.actions.map((l) => l.action);
        const published = all.filter((a) => a.publication === "PUBLISHED");
        const review = readReviewStates(report?.sectionStates);
        const sections = CAMPUS_SECTION_KEYS.map((key) => ({
          key,
          label: CAMPUS_SECTIONS[key].label,
          written: !!report?.[key].trim(),
          state: sectionState(report?.[key], review[key], editionValidated),
        }));
        return {
          slug: c.slug as CampusSlug,
          acronym: c.acronym,
          name: c.name,
          shortName: campusShortName(c.name),
          sections,
          sectionsWritten: sections.filter((s) => s.written).length,
          states: countStates(sections.map((s) => s.state)),
          updatedAt: report?.updatedAt ?? null,
          updatedBy: report?.updatedBy?.name ?? null,
          actions: {
            total: published.length,
            byStatus: ACTION_STATUS_ORDER.map((status) => ({
              status,
              label: ACTION_STATUS_LABELS[status],
              count: published.filter((a) => a.status === status).length,
            })),
            drafts: all.filter((a) => a.publication === "DRAFT").map(ref),
            missingDates: published.filter((a) => !a.startDate).map(ref),
            missingBeneficiaries: published.filter((a) => a._count.beneficiaries === 0).map(ref),
            missingPartners: published.filter((a) => a._count.partners === 0).map(ref),
          },
        };
      }),
  };
}

export type CampusChapterForm = {
  campus: { id: string; slug: CampusSlug; acronym: string; shortName: string };
  year: number;
  sections: Record<CampusSectionKey, string>;
  updatedAt: Date | null;
  /** The chapter's version (0 before its first save), sent back by its form. */
  version: number;
  updatedBy: string | null;
  editionStatus: "DRAFT" | "VALIDATED";
  /** Each section's state (à rédiger, en cours, soumise, validée). */
  states: Record<CampusSectionKey, SectionState>;
  /** Is the year's campaign open? Submitting needs it. */
  opened: boolean;
};

/** A campus's chapter for its form, or null when the user may not write it (or it does not exist). */
export async function getCampusChapterForm(
  user: SessionUser,
  slug: string,
  year: number,
): Promise<CampusChapterForm | null> {
  if (!isCampusSlug(slug)) return null;
  const campus = await db.campus.findUnique({
    where: { slug },
    select: { id: true, slug: true, acronym: true, name: true },
  });
  if (!campus || !canWriteCampusChapter(user, campus.id)) return null;
  const [report, edition] = await Promise.all([
    db.campusReport.findUnique({
      where: { campusId_year: { campusId: campus.id, year } },
      include: { updatedBy: { select: { name: true } } },
    }),
    db.reportEdition.findUnique({ where: { year }, select: { status: true } }),
  ]);
  const review = readReviewStates(report?.sectionStates);
  return {
    campus: { id: campus.id, slug, acronym: campus.acronym, shortName: campusShortName(campus.name) },
    year,
    sections: Object.fromEntries(CAMPUS_SECTION_KEYS.map((k) => [k, report?.[k] ?? ""])) as Record<
      CampusSectionKey,
      string
    >,
    updatedAt: report?.updatedAt ?? null,
    version: report?.version ?? 0,
    updatedBy: report?.updatedBy?.name ?? null,
    editionStatus: edition?.status ?? "DRAFT",
    states: Object.fromEntries(
      CAMPUS_SECTION_KEYS.map((k) => [
        k,
        sectionState(report?.[k], review[k], edition?.status === "VALIDATED"),
      ]),
    ) as Record<CampusSectionKey, SectionState>,
    opened: !!edition,
  };
}

export type RegionPartsForm = { year: number; parts: Record<RegionPartKey, string>; edition: EditionState };

/** The regional parts for the coordinator's form, or null for anyone else. */
export async function getRegionPartsForm(user: SessionUser, year: number): Promise<RegionPartsForm | null> {
  if (!canManageEdition(user)) return null;
  const edition = await db.reportEdition.findUnique({ where: { year } });
  return {
    year,
    parts: Object.fromEntries(REGION_PART_KEYS.map((k) => [k, edition?.[k] ?? ""])) as Record<
      RegionPartKey,
      string
    >,
    edition: await editionState(year),
  };
}

/** The year's document for the back office's indicators: the region for the coordinator, the own campus for a DO. */
export async function getReportForUser(user: SessionUser, year: number): Promise<ReportDocument | null> {
  if (canManageEdition(user)) return loadReportDocument({ year });
  if (isCampusDirector(user) && user.campusSlug) return loadReportDocument({ year, campus: user.campusSlug });
  return null;
}
