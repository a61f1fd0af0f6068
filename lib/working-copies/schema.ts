/**
 * Working copies (autosave): what a form sends while its author types, and
 * how a stored copy is read back into the form. Pure: imported by lib/ and
 * by the forms in the browser.
 */
import { z } from "zod";
import type { ActionFormValues } from "@/lib/actions/schema";

/** The forms that keep a working copy, and what identifies their record. */
export const WORKING_COPY_FORMS = ["action", "report-campus", "report-region"] as const;
export type WorkingCopyForm = (typeof WORKING_COPY_FORMS)[number];

/** The record key of the action creation form (the action has no id yet). */
export const NEW_ACTION_KEY = "nouvelle";

/** The record key of a campus chapter of the report ("2018:ti") or of the regional parts ("2018"). */
export const campusChapterKey = (year: number, campus: string) => `${year}:${campus}`;
export const regionPartsKey = (year: number) => String(year);

/** A pause in typing this long saves a working copy. */
export const AUTOSAVE_DELAY_MS = 3000;

/** A working copy is a form's text, not a file store: 200 000 characters of JSON at most. */
export const MAX_WORKING_COPY_CHARS = 200_000;

export const workingCopyRefSchema = z.object({
  form: z.enum(WORKING_COPY_FORMS, { error: "Formulaire inconnu." }),
  recordKey: z.string().min(1).max(80),
});
export type WorkingCopyRef = z.output<typeof workingCopyRefSchema>;

export const workingCopyInputSchema = workingCopyRefSchema.extend({
  baseVersion: z.string().max(64).catch(""),
  content: z
    .record(z.string(), z.unknown())
    .refine((c) => JSON.stringify(c).length <= MAX_WORKING_COPY_CHARS, {
      error: "Le brouillon est trop long pour être enregistré automatiquement.",
    }),
});
export type WorkingCopyInput = z.output<typeof workingCopyInputSchema>;

const text = z.string().max(MAX_WORKING_COPY_CHARS).catch("");
const texts = z.array(z.string().max(200)).max(200).catch([]);
const rows = <T extends z.ZodRawShape>(shape: T) => z.array(z.object(shape)).max(200).catch([]);

/**
 * An action form's values read back from a working copy: whatever was
 * stored, the form gets a value of every field in the shape it expects
 * (the save validates the content itself).
 */
export const actionFormValuesSchema: z.ZodType<ActionFormValues> = z.object({
  title: text,
  slug: text,
  summary: text,
  body: text,
  source: text,
  status: text,
  start: text,
  end: text,
  reportYears: texts,
  audiences: texts,
  campuses: rows({ campusId: text, axisId: text, isLead: z.boolean().catch(false) }),
  beneficiaries: rows({ count: text, unit: text, detail: text, audience: text }),
  partners: rows({ organisationId: text, role: text }),
  newPartners: rows({ name: text, kind: text, city: text, website: text, role: text }),
  links: rows({ label: text, url: text }),
  formationIds: texts,
  platformIds: texts,
});

/** A set of texts (the report's sections) read back from a working copy. */
export const textsSchema = z.record(z.string().max(64), z.string().max(MAX_WORKING_COPY_CHARS));
