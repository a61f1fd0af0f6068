/**
 * The collections of the open data API: their names, filters, item schemas
 * and CSV columns. Pure description (no database): the route handlers, the
 * OpenAPI document and the documentation page all read it.
 */
import type { z } from "zod";
import { actionFiltersSchema } from "@/lib/actions/filters";
import { formationFiltersSchema } from "@/lib/formations/filters";
import { partnerFiltersSchema } from "@/lib/organisations/filters";
import {
  actionItemSchema,
  campusItemSchema,
  formationItemSchema,
  fundingItemSchema,
  partnerItemSchema,
  platformItemSchema,
  type CodeLabel,
  type PartialDateDto,
  type Reference,
} from "./dto";
import { campusFiltersSchema, fundingFiltersSchema, platformFiltersSchema } from "./filters";

export type CsvValue = string | number | boolean | null | undefined;
export type CsvColumn<T> = { header: string; value: (item: T) => CsvValue };

type Spec<F extends z.ZodObject, I extends z.ZodObject> = {
  /** French title, for the documentation and the OpenAPI document. */
  title: string;
  /** Singular noun, for "Une action", "Une formation"… */
  one: string;
  description: string;
  filters: F;
  item: I;
  csv: CsvColumn<z.output<I>>[];
  /** A filtered example for the documentation. */
  example: string;
};

/** What every list is ordered by (the cursor key). */
export const LIST_ORDER_KEY = "slug";

/** Lists inside one CSV cell are joined with this separator. */
export const CSV_LIST_SEPARATOR = " | ";
const list = (values: (string | number)[]) => values.join(CSV_LIST_SEPARATOR);
const codes = (values: CodeLabel[]) => list(values.map((v) => v.code));
const labels = (values: CodeLabel[]) => list(values.map((v) => v.label));
const names = (values: Reference[]) => list(values.map((v) => v.name));
const date = (d: PartialDateDto | null) => d?.date ?? null;

/** The item's fields that a CSV cell can hold as they are. */
type CsvField<T> = { [K in keyof T]: T[K] extends CsvValue ? K : never }[keyof T];

/** Where a CSV column takes its cell: the item's field of that name, or a function of the item. */
type CsvSource<T> = CsvField<T> | ((item: T) => CsvValue);
/** What every item of every collection carries. */
type Listed = { id: string; slug: string; updatedAt: string };

/**
 * A collection's spec. Its CSV columns: `id` and `slug`, then those of `csv`
 * in order, by header, then `mis_a_jour`. Without an `example`, the
 * documentation shows the unfiltered list.
 */
function collection<F extends z.ZodObject, I extends z.ZodObject & z.ZodType<Listed>>({
  example = "",
  csv,
  ...spec
}: Omit<Spec<F, I>, "example" | "csv"> & {
  example?: string;
  csv: Record<string, CsvSource<z.output<I>>>;
}): Spec<F, I> {
  const columns: Record<string, CsvSource<z.output<I>>> = {
    id: (item) => item.id,
    slug: (item) => item.slug,
    ...csv,
    mis_a_jour: (item) => item.updatedAt,
  };
  return {
    ...spec,
    example,
    csv: Object.entries(columns).map(([header, source]) => ({
      header,
      value: typeof source === "function" ? source : (item) => item[source] as CsvValue,
    })),
  };
}

const campusSpec = collection({
  title: "Campus",
  one: "Un campus",
  description: "Les six Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté.",
  filters: campusFiltersSchema,
  item: campusItemSchema,
  csv: {
    acronyme: "acronym",
    nom: "fullName",
    filieres: (c) => list(c.sectors),
    annee_labellisation: "labelYear",
    forme_juridique: (c) => c.legalForm.label,
    porteur: (c) => c.porteur?.name,
    email: "email",
    site: "website",
    url: "url",
  },
});

const actionSpec = collection({
  title: "Actions",
  one: "Une action",
  description:
    "Les actions publiées des campus (projetées, en cours, terminées), avec leurs publics, bénéficiaires et partenaires.",
  filters: actionFiltersSchema,
  item: actionItemSchema,
  example: "campus=ti&status=en_cours",
  csv: {
    titre: "title",
    statut: (a) => a.status.code,
    statut_libelle: (a) => a.status.label,
    debut: (a) => date(a.start),
    debut_precision: (a) => a.start?.precision,
    fin: (a) => date(a.end),
    fin_precision: (a) => a.end?.precision,
    campus_chef_de_file: "leadCampus",
    campus: (a) => list(a.campuses),
    annees_rapport: (a) => list(a.reportYears),
    publics: (a) => labels(a.publics),
    beneficiaires: (a) => list(a.beneficiaries.map((b) => b.text)),
    partenaires: (a) => names(a.partners),
    resume: "summary",
    url: "url",
    publie_le: "publishedAt",
  },
});

const formationSpec = collection({
  title: "Formations",
  one: "Une formation",
  description: "Les formations des campus : diplôme, niveau, modalités, établissement et lieu.",
  filters: formationFiltersSchema,
  item: formationItemSchema,
  example: "campus=msi&diploma=bts",
  csv: {
    intitule: "title",
    diplome: (f) => f.diploma.code,
    diplome_libelle: (f) => f.diploma.label,
    niveau: "level",
    modalites: (f) => codes(f.modalities),
    etat: (f) => f.state.code,
    etablissement: (f) => f.establishment?.name,
    commune: "commune",
    departement: "departement",
    rncp: "rncp",
    cfd: "cfd",
    campus: (f) => list(f.campuses),
    url: "url",
  },
});

const partnerSpec = collection({
  title: "Partenaires",
  one: "Un partenaire",
  description:
    "Les organisations partenaires : établissements, entreprises, branches, financeurs, institutions.",
  filters: partnerFiltersSchema,
  item: partnerItemSchema,
  example: "campus=agt&kind=branche_professionnelle",
  csv: {
    nom: "name",
    sigle: "acronym",
    type: (p) => p.kind.code,
    type_libelle: (p) => p.kind.label,
    ville: "city",
    departement: "departement",
    site: "website",
    campus: (p) => list(p.campuses),
    url: "url",
  },
});

const platformSpec = collection({
  title: "Plateformes technologiques",
  one: "Une plateforme technologique",
  description: "Les plateformes technologiques (PFT) rattachées aux campus.",
  filters: platformFiltersSchema,
  item: platformItemSchema,
  example: "campus=amf",
  csv: {
    nom: "name",
    sigle: "acronym",
    domaine: "domain",
    labellisee: "isLabelled",
    etablissement_support: (p) => p.host?.name,
    commune: "commune",
    departement: "departement",
    campus: (p) => list(p.campuses),
    url: "url",
  },
});

const fundingSpec = collection({
  title: "Financements",
  one: "Un financement",
  description: "Qui finance quoi : financeur, campus, montant, années et objet.",
  filters: fundingFiltersSchema,
  item: fundingItemSchema,
  example: "year=2018&funder=region-bfc",
  csv: {
    financeur: (f) => f.funder.name,
    nature: (f) => f.kind.code,
    montant_euros: "amountEuros",
    base_montant: (f) => f.amountBasis?.code,
    annee_debut: "startYear",
    annee_fin: "endYear",
    indicatif: "isIndicative",
    objet: "purpose",
    campus: (f) => list(f.campuses),
    plateforme: (f) => f.platform?.name,
    action: (f) => f.action?.name,
    url: "url",
  },
});

export const collections = {
  campuses: campusSpec,
  actions: actionSpec,
  formations: formationSpec,
  partners: partnerSpec,
  platforms: platformSpec,
  fundings: fundingSpec,
};

export type CollectionName = keyof typeof collections;
export const COLLECTION_NAMES = Object.keys(collections) as CollectionName[];

export function isCollectionName(value: string): value is CollectionName {
  return Object.hasOwn(collections, value);
}

/** A collection seen through its common shape (for code that handles any of them). */
export type AnyCollectionSpec = Spec<z.ZodObject, z.ZodObject>;
export function collectionSpec(name: CollectionName): AnyCollectionSpec {
  return collections[name] as unknown as AnyCollectionSpec;
}
