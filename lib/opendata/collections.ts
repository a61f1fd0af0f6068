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
  type ActionItem,
  type CampusItem,
  type CodeLabel,
  type FormationItem,
  type FundingItem,
  type PartialDateDto,
  type PartnerItem,
  type PlatformItem,
  type Reference,
} from "./dto";
import { campusFiltersSchema, fundingFiltersSchema, platformFiltersSchema } from "./filters";

export type CsvValue = string | number | boolean | null | undefined;
export type CsvColumn<T> = { header: string; value: (item: T) => CsvValue };

type Spec<F extends z.ZodObject, I extends z.ZodObject> = {
  name: string;
  /** French title, for the documentation and the OpenAPI document. */
  title: string;
  /** Singular noun, for "Une action", "Une formation"… */
  one: string;
  description: string;
  filters: F;
  item: I;
  /** What the list is ordered by (the cursor key). */
  orderedBy: string;
  csv: CsvColumn<z.output<I>>[];
  /** A filtered example for the documentation. */
  example: string;
};

/** Lists inside one CSV cell are joined with this separator. */
export const CSV_LIST_SEPARATOR = " | ";
const list = (values: (string | number)[]) => values.join(CSV_LIST_SEPARATOR);
const codes = (values: CodeLabel[]) => list(values.map((v) => v.code));
const labels = (values: CodeLabel[]) => list(values.map((v) => v.label));
const names = (values: Reference[]) => list(values.map((v) => v.name));
const date = (d: PartialDateDto | null) => d?.date ?? null;

const campusSpec: Spec<typeof campusFiltersSchema, typeof campusItemSchema> = {
  name: "campuses",
  title: "Campus",
  one: "Un campus",
  description: "Les six Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté.",
  filters: campusFiltersSchema,
  item: campusItemSchema,
  orderedBy: "slug",
  example: "",
  csv: [
    { header: "id", value: (c: CampusItem) => c.id },
    { header: "slug", value: (c) => c.slug },
    { header: "acronyme", value: (c) => c.acronym },
    { header: "nom", value: (c) => c.fullName },
    { header: "filieres", value: (c) => list(c.sectors) },
    { header: "annee_labellisation", value: (c) => c.labelYear },
    { header: "forme_juridique", value: (c) => c.legalForm.label },
    { header: "porteur", value: (c) => c.porteur?.name },
    { header: "email", value: (c) => c.email },
    { header: "site", value: (c) => c.website },
    { header: "url", value: (c) => c.url },
    { header: "mis_a_jour", value: (c) => c.updatedAt },
  ],
};

const actionSpec: Spec<typeof actionFiltersSchema, typeof actionItemSchema> = {
  name: "actions",
  title: "Actions",
  one: "Une action",
  description:
    "Les actions publiées des campus (projetées, en cours, terminées), avec leurs publics, bénéficiaires et partenaires.",
  filters: actionFiltersSchema,
  item: actionItemSchema,
  orderedBy: "slug",
  example: "campus=ti&status=en_cours",
  csv: [
    { header: "id", value: (a: ActionItem) => a.id },
    { header: "slug", value: (a) => a.slug },
    { header: "titre", value: (a) => a.title },
    { header: "statut", value: (a) => a.status.code },
    { header: "statut_libelle", value: (a) => a.status.label },
    { header: "debut", value: (a) => date(a.start) },
    { header: "debut_precision", value: (a) => a.start?.precision },
    { header: "fin", value: (a) => date(a.end) },
    { header: "fin_precision", value: (a) => a.end?.precision },
    { header: "campus_chef_de_file", value: (a) => a.leadCampus },
    { header: "campus", value: (a) => list(a.campuses) },
    { header: "annees_rapport", value: (a) => list(a.reportYears) },
    { header: "publics", value: (a) => labels(a.publics) },
    { header: "beneficiaires", value: (a) => list(a.beneficiaries.map((b) => b.text)) },
    { header: "partenaires", value: (a) => names(a.partners) },
    { header: "resume", value: (a) => a.summary },
    { header: "url", value: (a) => a.url },
    { header: "publie_le", value: (a) => a.publishedAt },
    { header: "mis_a_jour", value: (a) => a.updatedAt },
  ],
};

const formationSpec: Spec<typeof formationFiltersSchema, typeof formationItemSchema> = {
  name: "formations",
  title: "Formations",
  one: "Une formation",
  description: "Les formations des campus : diplôme, niveau, modalités, établissement et lieu.",
  filters: formationFiltersSchema,
  item: formationItemSchema,
  orderedBy: "slug",
  example: "campus=msi&diploma=bts",
  csv: [
    { header: "id", value: (f: FormationItem) => f.id },
    { header: "slug", value: (f) => f.slug },
    { header: "intitule", value: (f) => f.title },
    { header: "diplome", value: (f) => f.diploma.code },
    { header: "diplome_libelle", value: (f) => f.diploma.label },
    { header: "niveau", value: (f) => f.level },
    { header: "modalites", value: (f) => codes(f.modalities) },
    { header: "etat", value: (f) => f.state.code },
    { header: "etablissement", value: (f) => f.establishment?.name },
    { header: "commune", value: (f) => f.commune },
    { header: "departement", value: (f) => f.departement },
    { header: "rncp", value: (f) => f.rncp },
    { header: "cfd", value: (f) => f.cfd },
    { header: "campus", value: (f) => list(f.campuses) },
    { header: "url", value: (f) => f.url },
    { header: "mis_a_jour", value: (f) => f.updatedAt },
  ],
};

const partnerSpec: Spec<typeof partnerFiltersSchema, typeof partnerItemSchema> = {
  name: "partners",
  title: "Partenaires",
  one: "Un partenaire",
  description:
    "Les organisations partenaires : établissements, entreprises, branches, financeurs, institutions.",
  filters: partnerFiltersSchema,
  item: partnerItemSchema,
  orderedBy: "slug",
  example: "campus=agt&kind=branche_professionnelle",
  csv: [
    { header: "id", value: (p: PartnerItem) => p.id },
    { header: "slug", value: (p) => p.slug },
    { header: "nom", value: (p) => p.name },
    { header: "sigle", value: (p) => p.acronym },
    { header: "type", value: (p) => p.kind.code },
    { header: "type_libelle", value: (p) => p.kind.label },
    { header: "ville", value: (p) => p.city },
    { header: "departement", value: (p) => p.departement },
    { header: "site", value: (p) => p.website },
    { header: "campus", value: (p) => list(p.campuses) },
    { header: "url", value: (p) => p.url },
    { header: "mis_a_jour", value: (p) => p.updatedAt },
  ],
};

const platformSpec: Spec<typeof platformFiltersSchema, typeof platformItemSchema> = {
  name: "platforms",
  title: "Plateformes technologiques",
  one: "Une plateforme technologique",
  description: "Les plateformes technologiques (PFT) rattachées aux campus.",
  filters: platformFiltersSchema,
  item: platformItemSchema,
  orderedBy: "slug",
  example: "campus=amf",
  csv: [
    { header: "id", value: (p: PlatformItem) => p.id },
    { header: "slug", value: (p) => p.slug },
    { header: "nom", value: (p) => p.name },
    { header: "sigle", value: (p) => p.acronym },
    { header: "domaine", value: (p) => p.domain },
    { header: "labellisee", value: (p) => p.isLabelled },
    { header: "etablissement_support", value: (p) => p.host?.name },
    { header: "commune", value: (p) => p.commune },
    { header: "departement", value: (p) => p.departement },
    { header: "campus", value: (p) => list(p.campuses) },
    { header: "url", value: (p) => p.url },
    { header: "mis_a_jour", value: (p) => p.updatedAt },
  ],
};

const fundingSpec: Spec<typeof fundingFiltersSchema, typeof fundingItemSchema> = {
  name: "fundings",
  title: "Financements",
  one: "Un financement",
  description: "Qui finance quoi : financeur, campus, montant, années et objet.",
  filters: fundingFiltersSchema,
  item: fundingItemSchema,
  orderedBy: "slug",
  example: "year=2018&funder=region-bfc",
  csv: [
    { header: "id", value: (f: FundingItem) => f.id },
    { header: "slug", value: (f) => f.slug },
    { header: "financeur", value: (f) => f.funder.name },
    { header: "nature", value: (f) => f.kind.code },
    { header: "montant_euros", value: (f) => f.amountEuros },
    { header: "base_montant", value: (f) => f.amountBasis?.code },
    { header: "annee_debut", value: (f) => f.startYear },
    { header: "annee_fin", value: (f) => f.endYear },
    { header: "indicatif", value: (f) => f.isIndicative },
    { header: "objet", value: (f) => f.purpose },
    { header: "campus", value: (f) => list(f.campuses) },
    { header: "plateforme", value: (f) => f.platform?.name },
    { header: "action", value: (f) => f.action?.name },
    { header: "url", value: (f) => f.url },
    { header: "mis_a_jour", value: (f) => f.updatedAt },
  ],
};

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
