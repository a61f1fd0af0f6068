/**
 * The annual activity report as one plain-JSON value: everything every
 * renderer shows, already resolved to names and French labels. A validated
 * edition stores exactly this value (ReportEdition.snapshot), so a frozen
 * report renders the same whatever happens to the data afterwards.
 */
import type {
  ActionStatus,
  Audience,
  CouncilCollege,
  EditionStatus,
  OrganisationKind,
} from "@/lib/generated/prisma/enums";
import type { CampusSlug } from "@/lib/site/campuses";
import type { CampusSectionKey, RegionPartKey } from "./sections";
import type { CampusAnnex } from "./annexes";

/** Bumped when the shape changes; older snapshots are migrated or re-assembled. */
export const REPORT_SCHEMA_VERSION = 1;

/** Markdown text as written in the back office (CommonMark, no raw HTML). */
export type Markdown = string;

export type ReportScope = { kind: "region" } | { kind: "campus"; slug: CampusSlug };

export type ReportDocument = {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  year: number;
  scope: ReportScope;
  /** ISO instant the data was read (for a validated edition: when it was frozen). */
  generatedAt: string;
  edition: ReportEditionInfo;
  /** The coordinator's parts; null in a campus-only document. */
  region: Record<RegionPartKey, Markdown> | null;
  campuses: ReportCampus[];
  /** The year's actions, each once (a co-led action lists every campus). */
  actions: ReportAction[];
  governance: { instances: ReportInstance[]; meetings: ReportMeeting[] };
  fundings: ReportFunding[];
  institutions: ReportOrganisationLink[];
  branches: ReportOrganisationLink[];
  platforms: ReportPlatform[];
  criteria: { number: number; title: string; body: Markdown }[];
  newCampuses: { key: string; title: string; body: Markdown }[];
  /** Indicators of the whole scope (the region, or the one campus). */
  indicators: Indicators;
  /**
   * The logos uploaded for the cover's institutions, by organisation key;
   * added at export time from the back office's current logos (never frozen
   * in a snapshot), absent without one.
   */
  organisationLogos?: Record<string, { mediaId: string; alt: string }>;
};

export type ReportEditionInfo = {
  status: EditionStatus;
  validatedAt: string | null;
  validatedBy: string | null;
  /** When a published edition came out, as its source dates it ("2019"); absent in older snapshots. */
  publishedOn?: string | null;
  /** What a published edition's source says of its date when it states none; absent in older snapshots. */
  publishedNote?: string | null;
};

export type ReportCampus = {
  slug: CampusSlug;
  acronym: string;
  name: string;
  fullName: string;
  shortName: string;
  color: string;
  email: string;
  siteUrl: string | null;
  porteur: string | null;
  narrative: Record<CampusSectionKey, Markdown>;
  council: { college: CouncilCollege | null; label: string; members: string[] }[];
  /** Its structured annexes (objectives tree, survey figures); absent from snapshots frozen before they existed. */
  annexes?: CampusAnnex[];
  indicators: Indicators;
  /**
   * Its uploaded logo, by id (drawn on the cover); added at export time from
   * the back office's current logo (lib/report/export.ts), absent without one.
   */
  logo?: { mediaId: string; alt: string };
};

export type ReportAction = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  status: ActionStatus;
  statusLabel: string;
  /** Partial dates as stored: "2018", "2018-06" or "2018-06-13". */
  start: string | null;
  end: string | null;
  /** "du 13 au 21 juin 2018", "en 2018"…, or null without dates. */
  period: string | null;
  /** Lead campus first. */
  campuses: { slug: CampusSlug; acronym: string; isLead: boolean }[];
  audiences: { code: Audience; label: string }[];
  partners: { name: string; kind: OrganisationKind; role: string | null }[];
  /** unit: a BeneficiaryUnit (free words in editions frozen before units existed). */
  beneficiaries: { count: number; unit: string; detail?: string | null; audience: Audience | null }[];
  platforms: string[];
  formations: string[];
  /** Its first uploaded image, by id (lib/media/report-images.ts); absent without one. */
  image?: { mediaId: string; alt: string };
};

export type ReportInstance = {
  key: string;
  name: string;
  kindLabel: string;
  campus: string | null;
  description: Markdown;
  composition: Markdown;
  frequency: string | null;
};

export type ReportMeeting = {
  date: string;
  dateLabel: string;
  instance: string;
  campus: string | null;
  city: string | null;
  title: string;
};

export type ReportFunding = {
  funder: string;
  funderKind: OrganisationKind;
  /** What is funded: a campus, a platform, an action, or the network. */
  beneficiary: string;
  campus: string | null;
  kindLabel: string;
  amountEuros: number | null;
  /** « 15 000 € par an (indicatif) », « montant non précisé »… */
  amountLabel: string;
  period: string;
  purpose: string;
};

export type ReportOrganisationLink = {
  name: string;
  kind: OrganisationKind;
  kindLabel: string;
  campuses: string[];
};

export type ReportPlatform = {
  name: string;
  acronym: string | null;
  domain: string | null;
  host: string | null;
  commune: string | null;
  isLabelled: boolean | null;
  campuses: string[];
};

export type IndicatorRow<K extends string | number | null = string> = {
  key: K;
  label: string;
  count: number;
};

export type Indicators = {
  actionsTotal: number;
  actionsByStatus: IndicatorRow<ActionStatus>[];
  /** Number of actions aimed at each public. */
  audiences: IndicatorRow<Audience>[];
  /** Beneficiary figures added up per unit (élèves, établissements…), never across units. */
  beneficiaries: { unit: string; label?: string; count: number; actions: number }[];
  organisationsByKind: IndicatorRow<OrganisationKind>[];
  formationsByLevel: IndicatorRow<number | null>[];
};
