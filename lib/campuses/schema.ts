/** The coordinator's campus forms: presentation and contacts, axes, roles, social links. */
import { z } from "zod";
import { LegalForm, RoleKind, SocialNetwork } from "@/lib/generated/prisma/enums";
import {
  choice,
  enumValues,
  httpUrl,
  longText,
  optionalChoice,
  optionalId,
  optionalText,
  requiredInt,
  requiredText,
} from "@/lib/forms/fields";
import type { Campus } from "@/lib/generated/prisma/client";
import type { Submitted } from "@/lib/server-action/state";

const email = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
  z
    .string()
    .min(1, { error: "Saisissez l’adresse e-mail de contact." })
    .max(254)
    .pipe(z.email({ error: "Saisissez une adresse e-mail valide." })),
);

export const campusSchema = z.object({
  name: requiredText("le nom du campus", 150, 3),
  alias: optionalText("le nom d’usage", 150),
  sectors: z.preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split(/[\n,;]/)
            .map((s) => s.trim())
            .filter(Boolean)
        : v,
    z
      .array(z.string().max(100, { error: "Une filière\u00A0: 100 caractères au plus." }))
      .min(1, { error: "Saisissez au moins une filière." })
      .max(20),
  ),
  labelYear: requiredInt("l’année de labellisation", 2010, 2100),
  legalForm: choice(enumValues(LegalForm), "Choisissez la forme juridique."),
  plannedLegalForm: optionalChoice(enumValues(LegalForm), "Choisissez la forme juridique envisagée."),
  plannedChange: optionalText("l’évolution prévue", 500),
  email,
  siteUrl: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : typeof v === "string" ? v.trim() : v),
    httpUrl("l’adresse du site du campus").nullable(),
  ),
  presentation: longText("la présentation", 10_000).refine((s) => s.length > 0, {
    error: "Saisissez la présentation du campus.",
  }),
  strategy: longText("la stratégie", 10_000),
  governanceNotes: longText("la gouvernance", 10_000),
});
export type CampusInput = z.output<typeof campusSchema>;

/** A campus's presentation and contacts as its form holds them, with the version it was read at. */
export function campusFormValues(c: Campus): Submitted {
  return {
    version: String(c.version),
    name: c.name,
    alias: c.alias ?? "",
    email: c.email,
    siteUrl: c.siteUrl ?? "",
    labelYear: String(c.labelYear),
    legalForm: c.legalForm,
    plannedLegalForm: c.plannedLegalForm ?? "",
    plannedChange: c.plannedChange ?? "",
    sectors: c.sectors.join("\n"),
    presentation: c.presentation,
    strategy: c.strategy,
    governanceNotes: c.governanceNotes,
  };
}

export const axisSchema = z.object({
  title: requiredText("l’intitulé de l’axe", 200, 3),
  description: optionalText("la description de l’axe", 2000),
});

export const roleSchema = z.object({
  role: choice(enumValues(RoleKind), "Choisissez la fonction."),
  personName: optionalText("le nom de la personne", 120),
  note: optionalText("la précision", 300),
  organisationId: optionalId,
});

export const socialLinkSchema = z.object({
  network: choice(enumValues(SocialNetwork), "Choisissez le réseau."),
  url: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), httpUrl("l’adresse")),
});
