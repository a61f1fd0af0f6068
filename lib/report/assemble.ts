/**
 * Builds the ReportDocument of a year from the database, or narrows an
 * existing one (a validated edition's snapshot) to one campus.
 *
 * Only published content enters a report: a validated report is public,
 * and drafts or archived records never are.
 */
import { parseCampusAnnexes } from "./annexes";
import { compareFrench } from "@/lib/text/collate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { firstActionImages } from "@/lib/media/report-images";
import type { CouncilCollege, OrganisationKind } from "@/lib/generated/prisma/enums";
import { db as defaultDb } from "@/lib/db";
import { partialDateToString } from "@/lib/dates/partial-date";
import { campusFullName, campusShortName } from "@/lib/campuses/names";
import { isCampusSlug, type CampusSlug } from "@/lib/site/campuses";
import {
  ACTION_STATUS_LABELS,
  AUDIENCE_LABELS,
  COUNCIL_COLLEGE_LABELS,
  FUNDING_KIND_LABELS,
  INSTANCE_KIND_LABELS,
  ORGANISATION_KIND_LABELS,
} from "@/lib/labels";
import { computeIndicators } from "./indicators";
import { formatYearRange } from "@/lib/text/format";
import { formatAmount, formatStoredDate, formatStoredPeriod } from "./format";
import { CAMPUS_SECTION_KEYS } from "./sections";
import {
  REPORT_SCHEMA_VERSION,
  type ReportAction,
  type ReportCampus,
  type ReportDocument,
  type ReportOrganisationLink,
} from "./types";

const PUBLISHED = "PUBLISHED" as const;
const COUNCIL_ORDER: CouncilCollege[] = ["FORMATION", "BRANCHES_PROFESSIONNELLES", "INSTITUTIONNELS"];
const INSTITUTION_KINDS: OrganisationKind[] = ["INSTITUTIONNEL", "COLLECTIVITE"];
const BRANCH_KINDS: OrganisationKind[] = ["BRANCHE_PROFESSIONNELLE", "OPCA", "POLE_COMPETITIVITE"];

/** « Union des Industries et Métiers de la Métallurgie (UIMM) ». */
export function organisationLabel(o: { name: string; acronym: string | null }): string {
  return o.acronym && !o.name.includes(o.acronym) ? `${o.name} (${o.acronym})` : o.name;
}

/** What a funding supports: « CMQ AMF — PFT NPMF », « Action « … » — CMQ MSI », « Réseau des CMQ ». */
function fundingBeneficiary(f: {
  campus: { acronym: string } | null;
  platform: { name: string; acronym: string | null } | null;
  action: { title: string; publication: string } | null;
}): string {
  const parts = [
    f.action && f.action.publication === PUBLISHED ? `Action « ${f.action.title} »` : null,
    f.campus ? `CMQ ${f.campus.acronym}` : null,
    f.platform ? `PFT ${organisationLabel(f.platform)}` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(" — ") : "Réseau des CMQ";
}

/** What assembling reads: the app's client, another database's, or a transaction. */
export type ReportReader = Pick<
  PrismaClient,
  | "campus"
  | "campusReport"
  | "reportEdition"
  | "action"
  | "governanceInstance"
  | "meeting"
  | "funding"
  | "platform"
  | "media"
>;

const compareFr = compareFrench;

/**
 * The whole region's report for a year, read live from the database.
 * `client` lets scripts and benchmarks use another database than the app's.
 */
export async function assembleRegionReport(
  year: number,
  client: ReportReader = defaultDb,
): Promise<ReportDocument> {
  const yearStart = new Date(Date.UTC(year, 0, 1));
  const nextYearStart = new Date(Date.UTC(year + 1, 0, 1));

  const [campusRows, campusReports, edition, actionRows, instances, meetings, fundings, platforms] =
    await Promise.all([
      client.campus.findMany({
        orderBy: { position: "asc" },
        include: {
          porteur: { select: { name: true, acronym: true, publication: true } },
          organisations: {
            where: { organisation: { publication: PUBLISHED } },
            select: {
              roles: true,
              councilCollege: true,
              organisation: { select: { id: true, name: true, acronym: true, kind: true } },
            },
          },
          formations: {
            where: { formation: { publication: PUBLISHED } },
            select: { formation: { select: { id: true, level: true } } },
          },
        },
      }),
      client.campusReport.findMany({ where: { year } }),
      client.reportEdition.findUnique({
        where: { year },
        include: {
          criteria: { orderBy: { number: "asc" } },
          newCampuses: { orderBy: { position: "asc" } },
          validatedBy: { select: { name: true } },
        },
      }),
      client.action.findMany({
        where: { reportYears: { has: year }, publication: PUBLISHED },
        orderBy: [{ startDate: { sort: "asc", nulls: "last" } }, { title: "asc" }],
        include: {
          campuses: {
            orderBy: { isLead: "desc" },
            select: { isLead: true, campus: { select: { slug: true, acronym: true, position: true } } },
          },
          beneficiaries: { orderBy: { position: "asc" } },
          partners: {
            where: { organisation: { publication: PUBLISHED } },
            select: {
              role: true,
              organisation: { select: { id: true, name: true, acronym: true, kind: true } },
            },
          },
          platforms: {
            where: { platform: { publication: PUBLISHED } },
            select: { platform: { select: { name: true, acronym: true } } },
          },
          formations: {
            where: { formation: { publication: PUBLISHED } },
            select: { formation: { select: { title: true } } },
          },
        },
      }),
      client.governanceInstance.findMany({
        orderBy: { position: "asc" },
        include: { campus: { select: { acronym: true } } },
      }),
      client.meeting.findMany({
        where: { date: { gte: yearStart, lt: nextYearStart } },
        orderBy: { date: "asc" },
        include: { instance: { select: { name: true } }, campus: { select: { acronym: true } } },
      }),
      // The year's fundings, and last year's for context (the 2018 report recalls 2017's).
      client.funding.findMany({
        where: { startYear: { lte: year }, endYear: { gte: year - 1 }, funder: { publication: PUBLISHED } },
        orderBy: [{ startYear: "asc" }, { key: "asc" }],
        include: {
          funder: { select: { name: true, acronym: true, kind: true } },
          campus: { select: { acronym: true, position: true } },
          platform: { select: { name: true, acronym: true } },
          action: { select: { title: true, publication: true } },
        },
      }),
      client.platform.findMany({
        where: { publication: PUBLISHED },
        orderBy: [{ position: "asc" }, { name: "asc" }],
        include: {
          host: { select: { name: true, acronym: true, publication: true } },
          campuses: { select: { campus: { select: { acronym: true, position: true } } } },
        },
      }),
    ]);

  const acronymOf = new Map(campusRows.map((c) => [c.id, c.acronym]));
  const reportOf = new Map(campusReports.map((r) => [r.campusId, r]));

  const images = await firstActionImages(
    client,
    actionRows.map((a) => a.id),
  );
  const actions: ReportAction[] = actionRows.map((a) => {
    const start = a.startDate && a.startPrecision ? partialDateToString(a.startDate, a.startPrecision) : null;
    const end = a.endDate && a.endPrecision ? partialDateToString(a.endDate, a.endPrecision) : null;
    return {
      id: a.id,
      slug: a.slug,
      title: a.title,
      summary: a.summary,
      status: a.status,
      statusLabel: ACTION_STATUS_LABELS[a.status],
      start,
      end,
      period: formatStoredPeriod(start, end),
      campuses: a.campuses
        .filter((c) => isCampusSlug(c.campus.slug))
        .sort((x, y) => Number(y.isLead) - Number(x.isLead) || x.campus.position - y.campus.position)
        .map((c) => ({ slug: c.campus.slug as CampusSlug, acronym: c.campus.acronym, isLead: c.isLead })),
      audiences: a.audiences.map((code) => ({ code, label: AUDIENCE_LABELS[code] })),
      partners: a.partners
        .map((p) => ({ name: organisationLabel(p.organisation), kind: p.organisation.kind, role: p.role }))
        .sort((x, y) => compareFr(x.name, y.name)),
      beneficiaries: a.beneficiaries.map((b) => ({
        count: b.count,
        unit: b.unit,
        detail: b.detail,
        audience: b.audience,
      })),
      platforms: a.platforms.map((p) => organisationLabel(p.platform)),
      formations: a.formations.map((f) => f.formation.title),
      ...(images.has(a.id) ? { image: images.get(a.id) } : {}),
    };
  });
  const partnersByAction = new Map(actionRows.map((a) => [a.id, a.partners.map((p) => p.organisation)]));

  const campuses: ReportCampus[] = campusRows
    .filter((c) => isCampusSlug(c.slug))
    .map((c) => {
      const report = reportOf.get(c.id);
      const campusActions = actions.filter((a) => a.campuses.some((x) => x.slug === c.slug));
      const organisations = [
        ...c.organisations.map((l) => l.organisation),
        ...campusActions.flatMap((a) => partnersByAction.get(a.id) ?? []),
      ];
      const councilMembers = c.organisations.filter((l) => l.roles.includes("CONSEIL_PERFECTIONNEMENT"));
      const council = [...COUNCIL_ORDER, null]
        .map((college) => ({
          college,
          label: college ? COUNCIL_COLLEGE_LABELS[college] : "Autres membres",
          members: councilMembers
            .filter((l) => l.councilCollege === college)
            .map((l) => organisationLabel(l.organisation))
            .sort(compareFr),
        }))
        .filter((g) => g.members.length > 0);
      return {
        slug: c.slug as CampusSlug,
        acronym: c.acronym,
        name: c.name,
        fullName: campusFullName(c.name),
        shortName: campusShortName(c.name),
        color: c.color,
        email: c.email,
        siteUrl: c.siteUrl,
        porteur: c.porteur && c.porteur.publication === PUBLISHED ? organisationLabel(c.porteur) : null,
        narrative: Object.fromEntries(
          CAMPUS_SECTION_KEYS.map((k) => [k, report?.[k] ?? ""]),
        ) as ReportCampus["narrative"],
        council,
        annexes: parseCampusAnnexes(report?.annexes),
        indicators: computeIndicators({
          actions: campusActions,
          organisations,
          formations: c.formations.map((f) => f.formation),
        }),
      };
    });

  // Institutions and branches: linked to a campus, or partners of the year's actions.
  const linkedOrganisations = new Map<
    string,
    { name: string; kind: OrganisationKind; campuses: Set<string> }
  >();
  const link = (
    o: { id: string; name: string; acronym: string | null; kind: OrganisationKind },
    campus: string,
  ) => {
    const entry = linkedOrganisations.get(o.id) ?? {
      name: organisationLabel(o),
      kind: o.kind,
      campuses: new Set<string>(),
    };
    entry.campuses.add(campus);
    linkedOrganisations.set(o.id, entry);
  };
  for (const c of campusRows) for (const l of c.organisations) link(l.organisation, c.acronym);
  for (const a of actionRows) {
    for (const p of a.partners) for (const c of a.campuses) link(p.organisation, c.campus.acronym);
  }
  const campusOrder = new Map(campusRows.map((c) => [c.acronym, c.position]));
  const sortAcronyms = (list: Iterable<string>) =>
    [...list].sort((a, b) => (campusOrder.get(a) ?? 0) - (campusOrder.get(b) ?? 0));
  const organisationsOf = (kinds: OrganisationKind[]): ReportOrganisationLink[] =>
    [...linkedOrganisations.values()]
      .filter((o) => kinds.includes(o.kind))
      .map((o) => ({
        name: o.name,
        kind: o.kind,
        kindLabel: ORGANISATION_KIND_LABELS[o.kind],
        campuses: sortAcronyms(o.campuses),
      }))
      .sort((x, y) => kinds.indexOf(x.kind) - kinds.indexOf(y.kind) || compareFr(x.name, y.name));

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    year,
    scope: { kind: "region" },
    generatedAt: new Date().toISOString(),
    edition: {
      status: edition?.status ?? "DRAFT",
      validatedAt: edition?.validatedAt?.toISOString() ?? null,
      validatedBy: edition?.validatedBy?.name ?? null,
      publishedOn: edition?.publishedOn ?? null,
    },
    region: {
      summary: edition?.summary ?? "",
      presentation: edition?.presentation ?? "",
      positioning: edition?.positioning ?? "",
      actors: edition?.actors ?? "",
      outlook: edition?.outlook ?? "",
    },
    campuses,
    actions,
    governance: {
      instances: instances.map((i) => ({
        key: i.key,
        name: i.name,
        kindLabel: INSTANCE_KIND_LABELS[i.kind],
        campus: i.campus?.acronym ?? null,
        description: i.description,
        composition: i.composition,
        frequency: i.frequency,
      })),
      meetings: meetings.map((m) => {
        const date = partialDateToString(m.date, m.datePrecision);
        return {
          date,
          dateLabel: formatStoredDate(date) ?? date,
          instance: m.instance.name,
          campus: m.campus?.acronym ?? null,
          city: m.city,
          title: m.title,
        };
      }),
    },
    fundings: fundings
      .sort(
        (a, b) =>
          compareFr(a.funder.name, b.funder.name) ||
          a.startYear - b.startYear ||
          (a.campus?.position ?? -1) - (b.campus?.position ?? -1),
      )
      .map((f) => ({
        funder: organisationLabel(f.funder),
        funderKind: f.funder.kind,
        beneficiary: fundingBeneficiary(f),
        campus: f.campusId ? (acronymOf.get(f.campusId) ?? null) : null,
        kindLabel: FUNDING_KIND_LABELS[f.kind],
        amountEuros: f.amountEuros,
        amountLabel: formatAmount(f.amountEuros, f.amountBasis, f.isIndicative),
        period: formatYearRange(f.startYear, f.endYear),
        purpose: f.purpose,
      })),
    institutions: organisationsOf(INSTITUTION_KINDS),
    branches: organisationsOf(BRANCH_KINDS),
    platforms: platforms.map((p) => ({
      name: p.name,
      acronym: p.acronym,
      domain: p.domain,
      host: p.host && p.host.publication === PUBLISHED ? organisationLabel(p.host) : null,
      commune: p.commune,
      isLabelled: p.isLabelled,
      campuses: sortAcronyms(p.campuses.map((c) => c.campus.acronym)),
    })),
    criteria: (edition?.criteria ?? []).map((c) => ({ number: c.number, title: c.title, body: c.body })),
    newCampuses: (edition?.newCampuses ?? []).map((p) => ({ key: p.key, title: p.title, body: p.body })),
    indicators: computeIndicators({
      actions,
      organisations: [
        ...campusRows.flatMap((c) => c.organisations.map((l) => l.organisation)),
        ...actionRows.flatMap((a) => a.partners.map((p) => p.organisation)),
      ],
      formations: campusRows.flatMap((c) => c.formations.map((f) => f.formation)),
    }),
  };
}

/**
 * The part of a regional document that concerns one campus: its chapter,
 * its actions, its fundings, instances and partners — without the
 * coordinator's regional texts.
 */
export function narrowToCampus(doc: ReportDocument, slug: CampusSlug): ReportDocument | null {
  const campus = doc.campuses.find((c) => c.slug === slug);
  if (!campus) return null;
  const mine = (acronyms: string[]) => acronyms.includes(campus.acronym);
  return {
    ...doc,
    scope: { kind: "campus", slug },
    region: null,
    campuses: [campus],
    actions: doc.actions.filter((a) => a.campuses.some((c) => c.slug === slug)),
    governance: {
      instances: doc.governance.instances.filter((i) => i.campus === campus.acronym),
      meetings: doc.governance.meetings.filter((m) => m.campus === campus.acronym),
    },
    fundings: doc.fundings.filter((f) => f.campus === campus.acronym),
    institutions: doc.institutions.filter((o) => mine(o.campuses)),
    branches: doc.branches.filter((o) => mine(o.campuses)),
    platforms: doc.platforms.filter((p) => mine(p.campuses)),
    criteria: [],
    newCampuses: [],
    indicators: campus.indicators,
  };
}

/** Live report of a year, for the region or one campus. */
export async function assembleReport(
  { year, campus }: { year: number; campus?: CampusSlug | null },
  client: ReportReader = defaultDb,
): Promise<ReportDocument | null> {
  const doc = await assembleRegionReport(year, client);
  return campus ? narrowToCampus(doc, campus) : doc;
}

/** A stored snapshot, if it is a regional document of the current shape. */
export function readSnapshot(value: unknown, year: number): ReportDocument | null {
  if (!value || typeof value !== "object") return null;
  const doc = value as Partial<ReportDocument>;
  return doc.schemaVersion === REPORT_SCHEMA_VERSION &&
    doc.year === year &&
    doc.scope?.kind === "region" &&
    Array.isArray(doc.campuses)
    ? (doc as ReportDocument)
    : null;
}

/**
 * The report of a year as it should be shown: the frozen snapshot of a
 * validated edition when there is one, otherwise the live data.
 */
export async function loadReportDocument(
  { year, campus }: { year: number; campus?: CampusSlug | null },
  client: ReportReader = defaultDb,
): Promise<ReportDocument | null> {
  const edition = await client.reportEdition.findUnique({
    where: { year },
    select: { status: true, snapshot: true },
  });
  const frozen = edition?.status === "VALIDATED" ? readSnapshot(edition.snapshot, year) : null;
  if (frozen) return campus ? narrowToCampus(frozen, campus) : frozen;
  return assembleReport({ year, campus }, client);
}
