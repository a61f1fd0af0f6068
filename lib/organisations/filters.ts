import { z } from "zod";
import { campusParam, enumCode, many, one, queryText } from "@/lib/filters";

const KINDS = [
  "INSTITUTIONNEL",
  "COLLECTIVITE",
  "FINANCEUR",
  "BRANCHE_PROFESSIONNELLE",
  "OPCA",
  "ETABLISSEMENT_SCOLAIRE",
  "ENSEIGNEMENT_SUPERIEUR",
  "ORGANISME_FORMATION",
  "RECHERCHE",
  "ENTREPRISE",
  "POLE_COMPETITIVITE",
  "ASSOCIATION",
  "AUTRE",
] as const;

/** Filters of the partner directory (hub, sub-sites, open data API). */
export const partnerFiltersSchema = z.object({
  campus: many(campusParam).describe("Campus (slug)"),
  kind: many(enumCode(KINDS, "type")).describe("Type d'organisation (ex. entreprise, branche_professionnelle)"),
  q: one(queryText).describe("Recherche plein texte"),
});
export type PartnerFilters = z.output<typeof partnerFiltersSchema>;
