/** The plateforme technologique (PFT) form of the coordinator. */
import { z } from "zod";
import {
  checkboxList,
  longText,
  optionalId,
  optionalInt,
  optionalText,
  requiredText,
} from "@/lib/forms/fields";
import { optionalDepartement, optionalSlug } from "@/lib/organisations/schema";

export const platformSchema = z.object({
  name: requiredText("le nom de la plateforme", 200, 2),
  acronym: optionalText("le sigle", 30),
  domain: optionalText("le domaine", 300),
  isLabelled: z.preprocess((v) => (v === "oui" ? true : v === "non" ? false : null), z.boolean().nullable()),
  hostId: optionalId,
  commune: optionalText("la commune", 120),
  departement: optionalDepartement,
  description: longText("la description", 5000),
  position: z
    .preprocess(
      (v) => (v === "" || v === undefined || v === null ? 0 : v),
      optionalInt("la position", 0, 999),
    )
    .transform((v) => v ?? 0),
  campusIds: checkboxList(z.string().min(1).max(64)).pipe(
    z.array(z.string()).min(1, { error: "Choisissez au moins un campus." }),
  ),
  slug: optionalSlug,
});
export type PlatformInput = z.output<typeof platformSchema>;
