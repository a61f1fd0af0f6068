/**
 * Query parameters of the open data API. The filters of actions, formations
 * and partners are the shared schemas of the public pages; the collections
 * that have no filtered public list yet (campuses, PFT, fundings) are built
 * here from the same building blocks (lib/filters.ts).
 */
import { z } from "zod";
import { campusParam, departementParam, enumCode, many, one, slugParam, yearParam } from "@/lib/filters";

const FUNDING_KINDS = ["SUBVENTION", "DOTATION", "POSTE", "EN_NATURE", "SOUTIEN_ACTION"] as const;

export const campusFiltersSchema = z.object({});

export const platformFiltersSchema = z.object({
  campus: many(campusParam).describe("Campus (slug)"),
  departement: one(departementParam).describe("Département (code, ex. 25)"),
});
export type PlatformFilters = z.output<typeof platformFiltersSchema>;

export const fundingFiltersSchema = z.object({
  campus: many(campusParam).describe("Campus financé (slug)"),
  year: one(yearParam).describe("Année couverte par le financement (ex. 2018)"),
  kind: many(enumCode(FUNDING_KINDS, "nature")).describe(
    "Nature (subvention, dotation, poste, en_nature, soutien_action)",
  ),
  funder: one(slugParam).describe("Financeur (slug de l'organisation)"),
});
export type FundingFilters = z.output<typeof fundingFiltersSchema>;

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 100;

/** Paging and format, common to every list. */
export const pagingSchema = z.object({
  limit: one(
    z.coerce
      .number({ error: `nombre entier attendu entre 1 et ${MAX_LIMIT}` })
      .int({ error: `nombre entier attendu entre 1 et ${MAX_LIMIT}` })
      .min(1, { error: `nombre entier attendu entre 1 et ${MAX_LIMIT}` })
      .max(MAX_LIMIT, { error: `nombre entier attendu entre 1 et ${MAX_LIMIT}` }),
  ).describe(
    `Nombre d'éléments par page (1 à ${MAX_LIMIT}, ${DEFAULT_LIMIT} par défaut ; en CSV, tous les éléments si absent)`,
  ),
  cursor: one(z.string().max(500, { error: "curseur invalide" })).describe(
    "Curseur de la page suivante : la valeur nextCursor de la page précédente",
  ),
  format: one(z.enum(["json", "csv"], { error: "format inconnu (valeurs possibles : json, csv)" })).describe(
    "Format de la réponse : json (par défaut) ou csv",
  ),
});

/** The query schema of a list: its filters plus paging; unknown parameters are refused. */
export function listQuerySchema<S extends z.ZodObject>(filters: S) {
  return filters.extend(pagingSchema.shape).strict();
}
