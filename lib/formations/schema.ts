/** The formation form (coordinator) and the rows of the formations CSV import. */
import { z } from "zod";
import { DiplomaType, FormationState, Modality } from "@/lib/generated/prisma/enums";
import {
  checkboxList,
  choice,
  enumValues,
  longText,
  optionalId,
  optionalInt,
  optionalText,
  optionalUrl,
  requiredText,
} from "@/lib/forms/fields";
import { optionalDepartement, optionalSlug } from "@/lib/organisations/schema";
import type { Formation } from "@/lib/generated/prisma/client";
import type { Submitted } from "@/lib/server-action/state";

export const DIPLOMAS = enumValues(DiplomaType);
export const MODALITIES = enumValues(Modality);
export const FORMATION_STATES = enumValues(FormationState);

export const formationSchema = z.object({
  title: requiredText("l’intitulé de la formation", 200, 3),
  diploma: choice(DIPLOMAS, "Choisissez le diplôme."),
  level: optionalInt("le niveau", 3, 8),
  modalities: checkboxList(z.enum(MODALITIES, { error: "Modalité inconnue." })),
  establishmentId: optionalId,
  commune: optionalText("la commune", 120),
  departement: optionalDepartement,
  rncp: z.preprocess(
    (v) => (typeof v === "string" && v.trim() ? v.trim().toUpperCase().replace(/\s+/g, "") : null),
    z
      .string()
      .regex(/^(RNCP)?\d{3,6}$/, { error: "Code RNCP\u00A0: par exemple RNCP35316." })
      .nullable(),
  ),
  cfd: z.preprocess(
    (v) => (typeof v === "string" && v.trim() ? v.trim().toUpperCase() : null),
    z
      .string()
      .regex(/^[0-9A-Z]{8}$/, {
        error: "Code formation diplôme (CFD)\u00A0: 8 caractères, par exemple 32031213.",
      })
      .nullable(),
  ),
  duration: optionalText("la durée", 120),
  admission: optionalText("les conditions d’admission", 500),
  nextSession: optionalText("la prochaine rentrée", 120),
  applicationUrl: optionalUrl("l’adresse de candidature"),
  state: choice(FORMATION_STATES, "Choisissez l’état de la formation."),
  description: longText("la description", 5000),
  campusIds: checkboxList(z.string().min(1).max(64)).pipe(
    z.array(z.string()).min(1, { error: "Choisissez au moins un campus." }),
  ),
  slug: optionalSlug,
});
export type FormationInput = z.output<typeof formationSchema>;

/** The formation's own columns: the RNCP code always with its prefix (campuses and slug are set apart). */
export function formationColumns({ campusIds: _c, slug: _s, ...rest }: FormationInput) {
  return { ...rest, rncp: rest.rncp && /^\d/.test(rest.rncp) ? `RNCP${rest.rncp}` : rest.rncp };
}

/** A saved formation as its form holds it, with the version it was read at (saving it unchanged keeps it as it is). */
export function formationFormValues(f: Formation & { campuses: { campusId: string }[] }): Submitted {
  return {
    version: String(f.version),
    title: f.title,
    diploma: f.diploma,
    level: f.level ? String(f.level) : "",
    modalities: f.modalities,
    establishmentId: f.establishmentId ?? "",
    commune: f.commune ?? "",
    departement: f.departement ?? "",
    rncp: f.rncp ?? "",
    cfd: f.cfd ?? "",
    duration: f.duration ?? "",
    admission: f.admission ?? "",
    nextSession: f.nextSession ?? "",
    applicationUrl: f.applicationUrl ?? "",
    state: f.state,
    description: f.description,
    campusIds: f.campuses.map((c) => c.campusId),
    slug: f.slug,
  };
}
