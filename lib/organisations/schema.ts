/** The organisation form of the coordinator's directory, shared by form and server. */
import { z } from "zod";
import { OrganisationKind } from "@/lib/generated/prisma/enums";
import {
  choice,
  enumValues,
  optionalText,
  optionalUrl,
  requiredText,
  SLUG_PATTERN,
} from "@/lib/forms/fields";
import { DEPARTEMENT_PATTERN } from "@/lib/forms/publication";
import type { Organisation } from "@/lib/generated/prisma/client";
import type { Submitted } from "@/lib/server-action/state";

export const ORGANISATION_KINDS = enumValues(OrganisationKind);

export const optionalDepartement = z.preprocess(
  (v) => (typeof v === "string" && v.trim() ? v.trim().toUpperCase() : null),
  z
    .string()
    .regex(DEPARTEMENT_PATTERN, {
      error: "Département\u00A0: saisissez son numéro (par exemple 21, 25 ou 2A).",
    })
    .nullable(),
);

export const optionalSlug = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : ""),
  z
    .string()
    .max(100, { error: "Adresse de la page\u00A0: 100 caractères au plus." })
    .refine((s) => s === "" || SLUG_PATTERN.test(s), {
      error: "Adresse de la page\u00A0: lettres minuscules sans accent, chiffres et tirets seulement.",
    }),
);

export const organisationSchema = z.object({
  name: requiredText("le nom de l’organisation", 200, 2),
  acronym: optionalText("le sigle", 30),
  kind: choice(ORGANISATION_KINDS, "Choisissez le type d’organisation."),
  website: optionalUrl("l’adresse du site web"),
  city: optionalText("la commune", 120),
  departement: optionalDepartement,
  description: optionalText("la description", 2000),
  slug: optionalSlug,
});
export type OrganisationInput = z.output<typeof organisationSchema>;

/** A saved organisation as its form holds it, with the version it was read at (saving it unchanged keeps it as it is). */
export function organisationFormValues(o: Organisation): Submitted {
  return {
    version: String(o.version),
    name: o.name,
    acronym: o.acronym ?? "",
    kind: o.kind,
    website: o.website ?? "",
    city: o.city ?? "",
    departement: o.departement ?? "",
    description: o.description ?? "",
    slug: o.slug,
  };
}
