import { z } from "zod";
import { enumValues } from "@/lib/enums";
import { OrganisationKind } from "@/lib/generated/prisma/enums";
import { campusParam, enumCode, many, one, queryText } from "@/lib/filters";

const KINDS = enumValues(OrganisationKind);

/** Filters of the partner directory (hub, sub-sites, open data API). */
export const partnerFiltersSchema = z.object({
  campus: many(campusParam).describe("Campus (slug)"),
  kind: many(enumCode(KINDS, "type")).describe(
    "Type d'organisation (ex. entreprise, branche_professionnelle)",
  ),
  q: one(queryText).describe("Recherche plein texte"),
});
export type PartnerFilters = z.output<typeof partnerFiltersSchema>;
