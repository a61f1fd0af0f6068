import "server-only";
import { cachedRead } from "@/lib/cache/read";
import { db } from "@/lib/db";
import { isCampusSlug, type CampusSlug } from "@/lib/site/campuses";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { countActionsByStatus, type ActionGroup } from "@/lib/actions/queries";
import { countFormations, formationLevelRange } from "@/lib/formations/queries";
import { countPartners } from "@/lib/organisations/queries";
import { countPlatforms } from "@/lib/platforms/queries";
import { campusFullName, campusShortName } from "./names";
import { toCampusRef, type CampusRef } from "./refs";
import { getFrozenCampusYear } from "@/lib/report/public";
import { typeset } from "@/lib/text/typeset";

export type CampusSummary = {
  id: string;
  slug: CampusSlug;
  acronym: string;
  name: string;
  fullName: string;
  shortName: string;
  alias: string | null;
  color: string;
  sectors: string[];
  labelYear: number;
  email: string;
};

const summarySelect = {
  id: true,
  slug: true,
  acronym: true,
  name: true,
  alias: true,
  color: true,
  sectors: true,
  labelYear: true,
  email: true,
} as const;

function toSummary(c: {
  id: string;
  slug: string;
  acronym: string;
  name: string;
  alias: string | null;
  color: string;
  sectors: string[];
  labelYear: number;
  email: string;
}): CampusSummary {
  if (!isCampusSlug(c.slug)) throw new Error(`Campus inattendu en base : ${c.slug}`);
  return typeset({
    ...c,
    slug: c.slug,
    fullName: campusFullName(c.name),
    shortName: campusShortName(c.name),
  });
}

/** The six campuses, in the report's order. */
export async function listCampuses(): Promise<CampusSummary[]> {
  "use cache";
  cachedRead("campuses", "organisations", "reports");
  const rows = await db.campus.findMany({ select: summarySelect, orderBy: { position: "asc" } });
  return rows.map(toSummary);
}

/** One campus with everything its home page shows, or null. */
export async function getCampus(slug: string) {
  "use cache";
  cachedRead("campuses", "organisations", "reports");
  if (!isCampusSlug(slug)) return null;
  const c = await db.campus.findUnique({
    where: { slug },
    include: {
      porteur: { select: { id: true, slug: true, name: true, acronym: true, city: true, publication: true } },
      axes: { orderBy: { position: "asc" } },
      socialLinks: { orderBy: { position: "asc" } },
      roles: {
        orderBy: { role: "asc" },
        include: { organisation: { select: { slug: true, name: true, publication: true } } },
      },
    },
  });
  if (!c) return null;
  return typeset({
    ...toSummary(c),
    presentation: c.presentation,
    strategy: c.strategy,
    governanceNotes: c.governanceNotes,
    legalForm: c.legalForm,
    plannedLegalForm: c.plannedLegalForm,
    plannedChange: c.plannedChange,
    siteUrl: c.siteUrl,
    porteur: c.porteur && c.porteur.publication === "PUBLISHED" ? c.porteur : null,
    axes: c.axes.map((a) => ({ key: a.key, title: a.title, description: a.description })),
    socialLinks: c.socialLinks.map((l) => ({ network: l.network, url: l.url })),
    roles: c.roles.map((r) => ({
      role: r.role,
      personName: r.personName,
      note: r.note,
      organisation: r.organisation?.publication === "PUBLISHED" ? r.organisation : null,
    })),
  });
}

export type CampusDetail = NonNullable<Awaited<ReturnType<typeof getCampus>>>;

export type KeyFigures = {
  actionsByStatus: Record<ActionStatus, number>;
  actions: number;
  formations: number;
  /** Lowest and highest level of those formations, when known. */
  formationLevels: { min: number; max: number } | null;
  partners: number;
  platforms: number;
};

/** Key figures computed from the published data (all campuses, or one with `scope`). */
export async function getKeyFigures(scope?: CampusSlug): Promise<KeyFigures> {
  "use cache";
  cachedRead("campuses", "organisations", "reports");
  const [actionsByStatus, formations, formationLevels, partners, platforms] = await Promise.all([
    countActionsByStatus(scope),
    countFormations(scope),
    formationLevelRange(scope),
    countPartners(scope),
    countPlatforms(scope),
  ]);
  const actions = actionsByStatus.EN_COURS + actionsByStatus.PROJETEE + actionsByStatus.TERMINEE;
  return { actionsByStatus, actions, formations, formationLevels, partners, platforms };
}

/** Sections of a campus's yearly narrative, in the report's order (chapter 3). */
export const CAMPUS_REPORT_SECTIONS = [
  { key: "summary", title: "Résumé" },
  { key: "strategy", title: "Stratégie" },
  { key: "governance", title: "Gouvernance et organisation" },
  { key: "mainActions", title: "Principales actions" },
  { key: "results", title: "Résultats et produits observables" },
  { key: "lessons", title: "Enseignements et points de vigilance" },
  { key: "outlook", title: "Perspectives" },
] as const;

export type CampusReportSectionKey = (typeof CAMPUS_REPORT_SECTIONS)[number]["key"];

export type CampusYearReport = {
  campus: CampusRef;
  year: number;
  sections: { key: CampusReportSectionKey; title: string; body: string }[];
  /** The year's published actions, en cours / projetées / terminées. */
  groups: ActionGroup[];
  actionCount: number;
};

/**
 * A campus's report for one year, as the validated edition froze it: its
 * narrative and the year's actions by status, or null. A year still being
 * written (edition not validated, or reopened) has no public page: what a
 * DO drafts in the campaign stays in the back office until validation.
 */
export async function getCampusYearReport(slug: string, year: number): Promise<CampusYearReport | null> {
  "use cache";
  cachedRead("campuses", "organisations", "reports");
  if (!isCampusSlug(slug)) return null;
  const frozen = await getFrozenCampusYear(slug, year);
  if (!frozen) return null;
  return typeset({
    campus: toCampusRef(frozen.campus),
    year,
    sections: CAMPUS_REPORT_SECTIONS.map((s) => ({
      ...s,
      body: frozen.sections.find((x) => x.key === s.key)?.body ?? "",
    })).filter((s) => s.body.trim()),
    groups: frozen.groups.map((g) => ({
      status: g.status,
      actions: g.actions.map((a) => ({
        ...a,
        campuses: a.campuses.map((c) => ({ ...toCampusRef(c), isLead: c.isLead })),
      })),
    })),
    actionCount: frozen.actionCount,
  });
}

/** Years with a public Bilan for this campus (validated editions where it has content), latest first. */
export async function listCampusReportYears(slug: string): Promise<number[]> {
  "use cache";
  cachedRead("campuses", "organisations", "reports");
  if (!isCampusSlug(slug)) return [];
  const editions = await db.reportEdition.findMany({
    where: { status: "VALIDATED" },
    select: { year: true },
    orderBy: { year: "desc" },
  });
  const found = await Promise.all(
    editions.map(async (e) => ((await getFrozenCampusYear(slug, e.year)) ? e.year : null)),
  );
  return found.filter((y): y is number => y !== null);
}
