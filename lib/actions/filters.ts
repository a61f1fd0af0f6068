import { z } from "zod";
import { enumValues } from "@/lib/enums";
import { ActionStatus, Audience } from "@/lib/generated/prisma/enums";
import { ACTION_STATUS_CODES } from "@/lib/labels";
import { campusParam, enumCode, many, one, queryText, slugParam, yearParam } from "@/lib/filters";

const STATUSES = enumValues(ActionStatus);
const AUDIENCES = enumValues(Audience);

/** Filters of the action lists (hub, sub-sites, open data API). */
export const actionFiltersSchema = z.object({
  campus: many(campusParam).describe("Campus (slug) : agt, amf, itip, mma, msi, ti"),
  status: many(enumCode(STATUSES, "statut")).describe(
    `Statut : ${Object.values(ACTION_STATUS_CODES).join(", ")}`,
  ),
  year: one(yearParam).describe("Année du rapport d'activité (ex. 2018)"),
  public: many(enumCode(AUDIENCES, "public")).describe("Public visé (ex. collegiens, lyceens, enseignants)"),
  axis: one(slugParam).describe("Axe du campus (clé)"),
  q: one(queryText).describe("Recherche plein texte"),
});
export type ActionFilters = z.output<typeof actionFiltersSchema>;
