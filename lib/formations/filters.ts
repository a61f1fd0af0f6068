import { z } from "zod";
import { enumValues } from "@/lib/enums";
import { DiplomaType, FormationState, Modality } from "@/lib/generated/prisma/enums";
import {
  campusParam,
  departementParam,
  enumCode,
  freeTextParam,
  many,
  one,
  queryText,
  slugParam,
} from "@/lib/filters";

const DIPLOMAS = enumValues(DiplomaType);
const MODALITIES = enumValues(Modality);
const STATES = enumValues(FormationState);

/** Filters of the formation catalogue (hub, sub-sites, open data API). */
export const formationFiltersSchema = z.object({
  campus: many(campusParam).describe("Campus (slug)"),
  diploma: many(enumCode(DIPLOMAS, "diplôme")).describe("Diplôme (ex. bts, bac_pro, licence_pro)"),
  level: many(
    z.coerce
      .number({ error: "niveau attendu entre 3 et 8" })
      .int()
      .min(3, { error: "niveau attendu entre 3 et 8" })
      .max(8, { error: "niveau attendu entre 3 et 8" }),
  ).describe("Niveau de la nomenclature nationale (3 à 8)"),
  modality: many(enumCode(MODALITIES, "modalité")).describe(
    "Modalité (scolaire, apprentissage, contrat_professionnalisation, formation_continue, vae)",
  ),
  state: many(enumCode(STATES, "état")).describe("État (ouverte, en_projet)"),
  departement: one(departementParam).describe("Département (code, ex. 25)"),
  commune: one(freeTextParam("commune", 100)).describe("Commune"),
  establishment: one(slugParam).describe("Établissement (identifiant de l'organisation)"),
  q: one(queryText).describe("Recherche plein texte"),
});
export type FormationFilters = z.output<typeof formationFiltersSchema>;
