/**
 * zod schemas of the report campaign, shared by the back-office forms, their
 * server actions and the mutations.
 */
import { z } from "zod";
import { CAMPUS_SLUGS } from "@/lib/site/campuses";
import { formatNumber } from "@/lib/text/format";
import { CAMPUS_SECTION_KEYS, REGION_PART_KEYS } from "./sections";

export const MAX_SECTION_LENGTH = 30_000;

export const reportYear = z.coerce
  .number({ error: "Année invalide." })
  .int({ error: "Année invalide." })
  .min(2000, { error: "Année invalide." })
  .max(2100, { error: "Année invalide." });

const section = z
  .string()
  .max(MAX_SECTION_LENGTH, {
    error: `Ce texte dépasse ${formatNumber(MAX_SECTION_LENGTH)} caractères.`,
  })
  .transform((s) => s.replace(/\r\n/g, "\n").trim());

const text = section.optional().default("");

/** The version a form was opened at (hidden field). */
const formVersion = z.coerce
  .number({
    error: "Ce formulaire ne dit pas quelle version il modifie\u00A0: rechargez la page, puis recommencez.",
  })
  .int()
  .min(0)
  .max(1_000_000_000);

export const campusChapterSchema = z.object({
  campus: z.enum(CAMPUS_SLUGS, { error: "Campus inconnu." }),
  year: reportYear,
  /** The chapter's version when the form was opened (0: not written yet); a later save by someone else is a conflict. */
  version: formVersion,
  summary: text,
  strategy: text,
  governance: text,
  mainActions: text,
  results: text,
  lessons: text,
  outlook: text,
} satisfies Record<(typeof CAMPUS_SECTION_KEYS)[number], unknown> & Record<string, unknown>);
export type CampusChapterInput = z.infer<typeof campusChapterSchema>;

export const regionPartsSchema = z.object({
  year: reportYear,
  version: formVersion,
  summary: text,
  presentation: text,
  positioning: text,
  actors: text,
  outlook: text,
} satisfies Record<(typeof REGION_PART_KEYS)[number], unknown> & Record<string, unknown>);
export type RegionPartsInput = z.infer<typeof regionPartsSchema>;

export const validateEditionSchema = z.object({ year: reportYear });

export const reopenEditionSchema = z.object({
  year: reportYear,
  reason: z
    .string()
    .trim()
    .min(10, { error: "Indiquez la raison de la réouverture (10 caractères au moins)." })
    .max(1000, { error: "La raison ne doit pas dépasser 1 000 caractères." }),
});
export type ReopenEditionInput = z.infer<typeof reopenEditionSchema>;

export const openCampaignSchema = z.object({ year: reportYear });

/** A campaign's deadline, as <input type="date"> sends it (YYYY-MM-DD). */
export const campaignDeadlineSchema = z.object({
  year: reportYear,
  deadline: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : ""),
    z
      .string()
      .min(1, { error: "Indiquez la date limite, par exemple 31/03/2027." })
      .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDay(v), {
        error: "Cette date n’existe pas\u00A0: saisissez une date valide, par exemple 31/03/2027.",
      })
      .transform((v) => new Date(`${v}T00:00:00Z`)),
  ),
});

/** "2027-02-30" parses in JavaScript (as 2 March): a real day reads back the same. */
function isRealDay(v: string): boolean {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

export const submitChapterSchema = z.object({
  campus: z.enum(CAMPUS_SLUGS, { error: "Campus inconnu." }),
  year: reportYear,
});

export const reviewSectionSchema = z.object({
  campus: z.enum(CAMPUS_SLUGS, { error: "Campus inconnu." }),
  year: reportYear,
  section: z.enum(CAMPUS_SECTION_KEYS, { error: "Section inconnue." }),
  decision: z.enum(["validate", "return"], { error: "Décision inconnue." }),
});
