import { z } from "zod";
import { campusParam, departementParam, enumCode, many, one, queryText, slugParam } from "@/lib/filters";

const DIPLOMAS = ["CAP", "BAC_PRO", "BP", "MC", "BTS", "DUT", "BUT", "LICENCE_PRO", "LICENCE", "MASTER", "INGENIEUR", "DU", "DNMADE", "TITRE_PRO", "AUTRE"] as const;
const MODALITIES = ["SCOLAIRE", "APPRENTISSAGE", "CONTRAT_PROFESSIONNALISATION", "FORMATION_CONTINUE", "VAE"] as const;
const STATES = ["OUVERTE", "EN_PROJET"] as const;

/** Filters of the formation catalogue (hub, sub-sites, open data API). */
export const formationFiltersSchema = z.object({
  campus: many(campusParam).describe("Campus (slug)"),
  diploma: many(enumCode(DIPLOMAS, "diplôme")).describe("Diplôme (ex. bts, bac_pro, licence_pro)"),
  level: many(z.coerce.number({ error: "niveau attendu entre 3 et 8" }).int().min(3, { error: "niveau attendu entre 3 et 8" }).max(8, { error: "niveau attendu entre 3 et 8" })).describe(
    "Niveau de la nomenclature nationale (3 à 8)",
  ),
  modality: many(enumCode(MODALITIES, "modalité")).describe("Modalité (scolaire, apprentissage, contrat_professionnalisation, formation_continue, vae)"),
  state: many(enumCode(STATES, "état")).describe("État (ouverte, en_projet)"),
  departement: one(departementParam).describe("Département (code, ex. 25)"),
  commune: one(z.string().max(100)).describe("Commune"),
  establishment: one(slugParam).describe("Établissement (identifiant de l'organisation)"),
  q: one(queryText).describe("Recherche plein texte"),
});
export type FormationFilters = z.output<typeof formationFiltersSchema>;
