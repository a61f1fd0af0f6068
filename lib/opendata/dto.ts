/**
 * The items of the open data API, as zod schemas. They shape every response
 * (each item is parsed through its schema, which also drops any field not
 * listed here) and generate the response part of the OpenAPI document, so
 * the published shape is written once.
 *
 * Fields copied from what editors typed (addresses, colours, levels) are
 * plain strings or integers here: a record the back office accepted must
 * never make a whole list fail. Fields the API builds itself (url, dates)
 * keep their strict formats.
 *
 * Conventions: closed sets are `{ code, label }` with the lower-case code the
 * filters accept (`status.code` = "en_cours" → `?status=en_cours`) and the
 * French label of lib/labels.ts; partial dates are `{ date, precision }` with
 * an ISO date cut to its precision ("2018", "2018-06", "2018-06-13").
 */
import { z } from "zod";
import { CAMPUS_SLUGS } from "@/lib/site/campuses";

const campusSlug = z.enum(CAMPUS_SLUGS).describe("Slug du campus");

export const codeLabelSchema = z
  .object({
    code: z.string().describe("Code stable, en minuscules (celui des filtres)"),
    label: z.string().describe("Libellé en français"),
  })
  .meta({ id: "CodeLabel" });

export const partialDateSchema = z
  .object({
    date: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
      .describe("Date ISO 8601 réduite à sa précision : 2018, 2018-06 ou 2018-06-13"),
    precision: z.enum(["year", "month", "day"]).describe("Précision de la date : année, mois ou jour"),
  })
  .meta({ id: "PartialDate" });

/** A published record another item points to. */
export const referenceSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string().describe("Nom ou titre"),
    url: z.url().describe("Page publique"),
  })
  .meta({ id: "Reference" });

/** Fields every item has. */
const itemBase = {
  id: z.string().describe("Identifiant stable (celui de la base de données)"),
  slug: z.string().describe("Identifiant lisible, utilisé dans l'adresse de la page publique"),
  url: z.url().describe("Adresse de la page publique"),
  campuses: z.array(campusSlug).describe("Campus concernés (slugs)"),
};
const updatedAt = z.iso.datetime().describe("Dernière modification (ISO 8601, UTC)");

export const campusItemSchema = z
  .object({
    ...itemBase,
    acronym: z.string(),
    name: z.string(),
    fullName: z.string().describe("« Campus des Métiers et des Qualifications … »"),
    alias: z.string().nullable(),
    sectors: z.array(z.string()).describe("Filières"),
    labelYear: z.int().describe("Année de labellisation"),
    legalForm: codeLabelSchema.describe("Forme juridique de la structure porteuse"),
    porteur: referenceSchema.nullable().describe("Établissement porteur"),
    email: z.string().describe("Adresse électronique de contact du campus"),
    website: z.string().nullable().describe("Site du campus (adresse), quand il en a un"),
    color: z.string().describe("Couleur d'accent (#rrggbb)"),
    presentation: z.string().describe("Présentation (Markdown)"),
    axes: z
      .array(z.object({ key: z.string(), title: z.string(), description: z.string().nullable() }))
      .describe("Objectifs et axes de travail"),
    roles: z
      .array(z.object({ role: codeLabelSchema, organisation: referenceSchema.nullable() }))
      .describe("Fonctions de la gouvernance (les noms des personnes ne sont pas diffusés par l'API)"),
    socialLinks: z.array(z.object({ network: codeLabelSchema, url: z.string() })),
    updatedAt,
  })
  .meta({ id: "Campus", title: "Campus" });

export const actionItemSchema = z
  .object({
    ...itemBase,
    title: z.string(),
    summary: z.string().describe("Résumé"),
    body: z.string().describe("Description (Markdown)"),
    status: codeLabelSchema.describe("Statut : projetee, en_cours ou terminee"),
    start: partialDateSchema.nullable().describe("Début"),
    end: partialDateSchema.nullable().describe("Fin"),
    period: z.string().nullable().describe("Période en toutes lettres (« du 13 au 21 juin 2018 »)"),
    reportYears: z.array(z.int()).describe("Années de rapport d'activité où l'action figure"),
    publics: z.array(codeLabelSchema).describe("Publics visés"),
    leadCampus: campusSlug.describe("Campus chef de file"),
    axes: z
      .array(z.object({ campus: campusSlug, key: z.string(), title: z.string() }))
      .describe("Axes des campus auxquels l'action se rattache"),
    beneficiaries: z
      .array(
        z.object({
          count: z.int(),
          unit: codeLabelSchema.describe(
            "Ce que compte le nombre : eleves, apprentis, enseignants, etablissements, entreprises, personnes",
          ),
          detail: z.string().nullable().describe("Précision dans les mots de l'action (« collèges »)"),
          text: z.string().describe("Le nombre et l'unité en toutes lettres (« 8 élèves »)"),
          public: codeLabelSchema.nullable(),
        }),
      )
      .describe("Bénéficiaires"),
    partners: z
      .array(referenceSchema.extend({ role: z.string().nullable() }))
      .describe("Partenaires publiés"),
    formations: z.array(referenceSchema).describe("Formations liées"),
    platforms: z.array(referenceSchema).describe("Plateformes technologiques liées"),
    links: z.array(z.object({ label: z.string(), url: z.string() })).describe("Liens"),
    publishedAt: z.iso.datetime().nullable().describe("Première publication"),
    updatedAt,
  })
  .meta({ id: "Action", title: "Action" });

export const formationItemSchema = z
  .object({
    ...itemBase,
    title: z.string(),
    diploma: codeLabelSchema.describe("Diplôme"),
    level: z.int().nullable().describe("Niveau de la nomenclature nationale (3 à 8)"),
    levelLabel: z.string().nullable(),
    modalities: z.array(codeLabelSchema).describe("Modalités"),
    state: codeLabelSchema.describe("État : ouverte ou en_projet"),
    establishment: referenceSchema.nullable().describe("Établissement"),
    commune: z.string().nullable(),
    departement: z.string().nullable().describe("Code du département"),
    rncp: z.string().nullable().describe("Numéro de fiche RNCP"),
    cfd: z.string().nullable().describe("Code formation diplôme"),
    description: z.string().describe("Description (Markdown)"),
    updatedAt,
  })
  .meta({ id: "Formation", title: "Formation" });

export const partnerItemSchema = z
  .object({
    ...itemBase,
    name: z.string(),
    acronym: z.string().nullable(),
    kind: codeLabelSchema.describe("Type d'organisation"),
    website: z.string().nullable(),
    city: z.string().nullable(),
    departement: z.string().nullable(),
    description: z.string().nullable(),
    campusRoles: z
      .array(
        z.object({
          campus: campusSlug,
          roles: z.array(codeLabelSchema),
          councilCollege: codeLabelSchema.nullable(),
        }),
      )
      .describe("Rôles auprès de chaque campus"),
    updatedAt,
  })
  .meta({ id: "Partner", title: "Partenaire (organisation)" });

export const platformItemSchema = z
  .object({
    ...itemBase,
    name: z.string(),
    acronym: z.string().nullable(),
    domain: z.string().nullable().describe("Domaine"),
    isLabelled: z.boolean().nullable().describe("Labellisée PFT (inconnu : null)"),
    host: referenceSchema.nullable().describe("Établissement support"),
    commune: z.string().nullable(),
    departement: z.string().nullable(),
    description: z.string().describe("Description (Markdown)"),
    updatedAt,
  })
  .meta({ id: "Platform", title: "Plateforme technologique (PFT)" });

export const fundingItemSchema = z
  .object({
    ...itemBase,
    funder: referenceSchema.describe("Financeur"),
    kind: codeLabelSchema.describe("Nature du financement"),
    amountEuros: z.int().nullable().describe("Montant en euros"),
    amountBasis: codeLabelSchema.nullable().describe("Montant par an (per_year) ou total"),
    startYear: z.int(),
    endYear: z.int(),
    isIndicative: z.boolean().describe("Montant indicatif"),
    purpose: z.string().describe("Objet"),
    platform: referenceSchema.nullable().describe("Plateforme technologique financée"),
    action: referenceSchema.nullable().describe("Action financée"),
    updatedAt,
  })
  .meta({ id: "Funding", title: "Financement" });

export type CampusItem = z.output<typeof campusItemSchema>;
export type ActionItem = z.output<typeof actionItemSchema>;
export type FormationItem = z.output<typeof formationItemSchema>;
export type PartnerItem = z.output<typeof partnerItemSchema>;
export type PlatformItem = z.output<typeof platformItemSchema>;
export type FundingItem = z.output<typeof fundingItemSchema>;
export type Reference = z.output<typeof referenceSchema>;
export type CodeLabel = z.output<typeof codeLabelSchema>;
export type PartialDateDto = z.output<typeof partialDateSchema>;

/** The envelope of a list: one page of items and the cursor of the next one. */
export function listResponseSchema<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .describe("Curseur de la page suivante (paramètre cursor), null sur la dernière page"),
  });
}

/** The envelope of one item. */
export function itemResponseSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: item });
}

/** RFC 9457 problem document. */
export const problemSchema = z
  .object({
    type: z.string().describe("URI du type de problème (documentation)"),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ parameter: z.string().describe("Paramètre en cause"), detail: z.string() }))
      .optional()
      .describe("Paramètres invalides"),
  })
  .meta({ id: "Problem", title: "Problème (RFC 9457)" });
export type Problem = z.output<typeof problemSchema>;
