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
import type { Platform } from "@/lib/generated/prisma/client";
import type { Submitted } from "@/lib/server-action/state";

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
  // A PFT may be tied to no campus in particular: the 2018 report names five of its thirteen only as
  // "partenaires des CMQ", and the coordinator must be able to edit them without inventing a link.
  campusIds: checkboxList(z.string().min(1).max(64)),
  slug: optionalSlug,
});
export type PlatformInput = z.output<typeof platformSchema>;

/** A saved platform as its form holds it, with the version it was read at (saving it unchanged keeps it as it is). */
export function platformFormValues(p: Platform & { campuses: { campusId: string }[] }): Submitted {
  return {
    version: String(p.version),
    name: p.name,
    acronym: p.acronym ?? "",
    domain: p.domain ?? "",
    isLabelled: p.isLabelled === null ? "inconnu" : p.isLabelled ? "oui" : "non",
    hostId: p.hostId ?? "",
    commune: p.commune ?? "",
    departement: p.departement ?? "",
    description: p.description,
    position: String(p.position),
    campusIds: p.campuses.map((c) => c.campusId),
    slug: p.slug,
  };
}
