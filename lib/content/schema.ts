/**
 * zod schemas of the reviewable content files under content/.
 * The seed (lib/content/seed.ts) validates every file against these before it
 * writes anything, so a malformed file fails with its name and field.
 */
import { z } from "zod";
import { enumValues } from "../enums";
import { CAMPUS_SLUGS } from "../site/campuses";
import { campusAnnexesSchema } from "../report/annexes";
import * as enums from "../generated/prisma/enums";

const key = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "clé attendue en minuscules-avec-tirets (a-z, 0-9)" });
const campusSlug = z.enum(CAMPUS_SLUGS);
const markdown = z.string();
const url = z.url();
/** "2018", "2018-06" or "2018-06-13": a date known to the year, month or day. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, {
    error: "date attendue sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ",
  });
const departement = z.string().regex(/^(?:\d{2}|2[AB]|97\d)$/, { error: "code de département attendu (ex. 21, 25)" });

export const legalForm = z.enum(enumValues(enums.LegalForm));
export const roleKind = z.enum(enumValues(enums.RoleKind));
export const socialNetwork = z.enum(enumValues(enums.SocialNetwork));
export const organisationKind = z.enum(enumValues(enums.OrganisationKind));
export const campusOrganisationRole = z.enum(enumValues(enums.CampusOrganisationRole));
export const councilCollege = z.enum(enumValues(enums.CouncilCollege));
export const actionStatus = z.enum(enumValues(enums.ActionStatus));
export const audience = z.enum(enumValues(enums.Audience));
export const beneficiaryUnit = z.enum(enumValues(enums.BeneficiaryUnit));
/**
 * Public text speaks to a visitor: no section sign, no annex or chapter
 * cross-reference, no sentence about the source document. Those go in `source`.
 */
export const EDITOR_NOTE_PATTERNS: { pattern: RegExp; label: string }[] = [
  { pattern: /§/u, label: "signe de section (§)" },
  { pattern: /\b[Aa]nnexes?\s+[A-Z]\b/u, label: "renvoi à une annexe" },
  { pattern: /\bl[’']annexe\b/iu, label: "renvoi à une annexe" },
  { pattern: /\bchapitres?\s+\d/iu, label: "renvoi à un chapitre" },
  { pattern: /\ble chapitre\b/iu, label: "renvoi à un chapitre" },
  { pattern: /\b(?:le|du|au|ce) (?:présent )?rapport(?! d[’']activité \d{4}\b)\b/iu, label: "phrase sur « le rapport »" },
  { pattern: /\bce document\b/iu, label: "phrase sur « ce document »" },
];
/** The editor notes a public text contains (empty when it speaks to a visitor). */
export function editorNotesIn(text: string): string[] {
  return EDITOR_NOTE_PATTERNS.filter((p) => p.pattern.test(text)).map((p) => p.label);
}
const publicText = (schema: z.ZodString) =>
  schema.superRefine((text, ctx) => {
    for (const label of editorNotesIn(text))
      ctx.addIssue({ code: "custom", message: `texte public : ${label} (à mettre dans « source »)` });
  });
export const diplomaType = z.enum(enumValues(enums.DiplomaType));
export const modality = z.enum(enumValues(enums.Modality));
export const formationState = z.enum(enumValues(enums.FormationState));
export const fundingKind = z.enum(enumValues(enums.FundingKind));
export const amountBasis = z.enum(enumValues(enums.AmountBasis));
export const instanceKind = z.enum(enumValues(enums.InstanceKind));

const roleAssignment = z.strictObject({
  key,
  role: roleKind,
  personName: z.string().min(1).nullish(),
  note: z.string().nullish(),
  organisation: key.nullish(),
});

// ── content/campuses/<slug>.yaml
export const campusFile = z.strictObject({
  slug: campusSlug,
  acronym: z.string().min(2),
  name: z.string().min(3),
  alias: z.string().nullish(),
  sectors: z.array(z.string().min(2)).min(1),
  labelYear: z.number().int().min(2013).max(2100),
  porteur: key,
  legalForm,
  plannedLegalForm: legalForm.nullish(),
  plannedChange: z.string().nullish(),
  email: z.email(),
  siteUrl: url.nullish(),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: "couleur attendue au format #RRGGBB" }),
  socialLinks: z.array(z.strictObject({ network: socialNetwork, url })).default([]),
  presentation: markdown.min(20),
  strategy: markdown.default(""),
  governanceNotes: markdown.default(""),
  axes: z
    .array(z.strictObject({ key, title: z.string().min(3), description: z.string().nullish() }))
    .default([]),
  roles: z.array(roleAssignment).default([]),
  organisations: z
    .array(
      z.strictObject({
        organisation: key,
        roles: z.array(campusOrganisationRole).min(1),
        councilCollege: councilCollege.nullish(),
        note: z.string().nullish(),
      }),
    )
    .default([]),
});

// ── content/organisations/<kind>.yaml
export const organisation = z.strictObject({
  key,
  name: z.string().min(2),
  acronym: z.string().nullish(),
  website: url.nullish(),
  city: z.string().nullish(),
  departement: departement.nullish(),
  description: z.string().nullish(),
});
export const organisationsFile = z.strictObject({
  kind: organisationKind,
  organisations: z.array(organisation).min(1),
});

// ── content/actions/<lead campus>.yaml
export const action = z
  .strictObject({
    key,
    title: z.string().min(3).max(200),
    campuses: z.array(campusSlug).min(1),
    axes: z.partialRecord(campusSlug, key).optional(),
    status: actionStatus,
    start: partialDate.nullish(),
    end: partialDate.nullish(),
    reportYears: z.array(z.number().int().min(2013).max(2100)).min(1),
    audiences: z.array(audience).default([]),
    summary: publicText(z.string().min(10).max(600)),
    body: publicText(markdown).default(""),
    /** Where the facts come from ("Rapport d'activité 2018, § 3.6.3"); defaults to the file's. */
    source: z.string().min(5).nullish(),
    beneficiaries: z
      .array(
        z.strictObject({
          count: z.number().int().positive(),
          unit: beneficiaryUnit,
          detail: z.string().min(2).nullish(),
          audience: audience.nullish(),
        }),
      )
      .default([]),
    partners: z.array(z.strictObject({ organisation: key, role: z.string().nullish() })).default([]),
    links: z.array(z.strictObject({ label: z.string().min(2), url })).default([]),
    formations: z.array(key).default([]),
    platforms: z.array(key).default([]),
  })
  .refine((a) => new Set(a.campuses).size === a.campuses.length, {
    error: "un campus apparaît deux fois",
    path: ["campuses"],
  })
  .refine((a) => !a.start || !a.end || a.end >= a.start, { error: "la fin précède le début", path: ["end"] });
export const actionsFile = z.strictObject({
  campus: campusSlug,
  /** The source of every action of the file that gives none. */
  source: z.string().min(5),
  actions: z.array(action),
});

// ── content/formations.yaml
export const formation = z.strictObject({
  key,
  title: z.string().min(3),
  diploma: diplomaType,
  level: z.number().int().min(3).max(8).nullish(),
  modalities: z.array(modality).default([]),
  establishment: key.nullish(),
  commune: z.string().nullish(),
  departement: departement.nullish(),
  campuses: z.array(campusSlug).min(1),
  rncp: z.string().nullish(),
  cfd: z.string().nullish(),
  state: formationState,
  description: markdown.default(""),
});
export const formationsFile = z.strictObject({ formations: z.array(formation) });

// ── content/platforms.yaml
export const platform = z.strictObject({
  key,
  name: z.string().min(3),
  acronym: z.string().nullish(),
  domain: z.string().nullish(),
  isLabelled: z.boolean().nullish(),
  host: key.nullish(),
  commune: z.string().nullish(),
  departement: departement.nullish(),
  campuses: z.array(campusSlug).default([]),
  description: markdown.default(""),
});
export const platformsFile = z.strictObject({ platforms: z.array(platform) });

// ── content/fundings.yaml
export const funding = z
  .strictObject({
    key,
    funder: key,
    campus: campusSlug.nullish(),
    platform: key.nullish(),
    action: key.nullish(),
    kind: fundingKind,
    amountEuros: z.number().int().positive().nullish(),
    amountBasis: amountBasis.nullish(),
    startYear: z.number().int().min(2013).max(2100),
    endYear: z.number().int().min(2013).max(2100),
    isIndicative: z.boolean().default(false),
    purpose: z.string().min(5),
  })
  .refine((f) => f.endYear >= f.startYear, { error: "endYear précède startYear", path: ["endYear"] })
  .refine((f) => (f.amountEuros == null) === (f.amountBasis == null), {
    error: "amountEuros et amountBasis vont ensemble",
    path: ["amountBasis"],
  });
export const fundingsFile = z.strictObject({ fundings: z.array(funding) });

// ── content/governance.yaml
export const governanceFile = z.strictObject({
  regionalRoles: z.array(roleAssignment).default([]),
  instances: z.array(
    z.strictObject({
      key,
      name: z.string().min(3),
      kind: instanceKind,
      campus: campusSlug.nullish(),
      description: markdown.default(""),
      composition: markdown.default(""),
      frequency: z.string().nullish(),
    }),
  ),
  meetings: z.array(
    z.strictObject({
      key,
      instance: key,
      campus: campusSlug.nullish(),
      date: partialDate,
      city: z.string().nullish(),
      title: z.string().min(3),
      description: markdown.default(""),
    }),
  ),
});

// ── content/reports/<year>/campuses/<slug>.yaml
export const campusReportFile = z.strictObject({
  campus: campusSlug,
  year: z.number().int().min(2013).max(2100),
  summary: markdown,
  strategy: markdown.default(""),
  governance: markdown.default(""),
  mainActions: markdown.default(""),
  results: markdown.default(""),
  lessons: markdown.default(""),
  outlook: markdown.default(""),
  /** The campus's structured annexes for the year (objectives tree, survey figures). */
  annexes: campusAnnexesSchema.default([]),
});

// ── content/reports/<year>/region.yaml
export const regionReportFile = z.strictObject({
  year: z.number().int().min(2013).max(2100),
  /** The edition was published: the seed validates (freezes) it when it first creates it. */
  published: z.boolean().default(false),
  /** When the published edition came out, when its own text states it ("2019-02-07"). */
  publishedOn: partialDate.nullish(),
  /** What the published edition says of its date when it states none (shown after « Édition publiée »). */
  publishedNote: z.string().trim().min(10).max(300).nullish(),
  summary: markdown,
  presentation: markdown,
  positioning: markdown,
  actors: markdown,
  outlook: markdown,
  criteria: z.array(z.strictObject({ number: z.number().int().min(1), title: z.string().min(3), body: markdown })),
  newCampuses: z.array(z.strictObject({ key, title: z.string().min(3), body: markdown })),
});

export type CampusFile = z.infer<typeof campusFile>;
export type OrganisationsFile = z.infer<typeof organisationsFile>;
export type ActionsFile = z.infer<typeof actionsFile>;
export type ContentAction = z.infer<typeof action>;
export type FormationsFile = z.infer<typeof formationsFile>;
export type PlatformsFile = z.infer<typeof platformsFile>;
export type FundingsFile = z.infer<typeof fundingsFile>;
export type GovernanceFile = z.infer<typeof governanceFile>;
export type CampusReportFile = z.infer<typeof campusReportFile>;
export type RegionReportFile = z.infer<typeof regionReportFile>;
