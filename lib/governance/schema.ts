/** The governance meeting form of the coordinator. */
import { z } from "zod";
import { normalisePartialDateInput, partialDateToInput } from "@/lib/dates/input";
import { longText, optionalId, optionalText, requiredText } from "@/lib/forms/fields";
import { partialDateToString } from "@/lib/dates/partial-date";
import type { Meeting } from "@/lib/generated/prisma/client";
import type { Submitted } from "@/lib/server-action/state";

export const meetingSchema = z.object({
  instanceId: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : ""),
    z.string().min(1, { error: "Choisissez l’instance de gouvernance." }).max(64),
  ),
  campusId: optionalId,
  date: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : ""),
    z
      .string()
      .min(1, { error: "Saisissez la date de la réunion." })
      .transform((value, ctx) => {
        const iso = normalisePartialDateInput(value);
        if (!iso) {
          ctx.addIssue({
            code: "custom",
            message: "Date\u00A0: saisissez un jour (20/09/2018), un mois (09/2018) ou une année (2018).",
          });
          return z.NEVER;
        }
        return iso;
      }),
  ),
  city: optionalText("la commune", 120),
  title: requiredText("l’intitulé de la réunion", 200, 3),
  description: longText("le compte rendu", 5000),
});
export type MeetingInput = z.output<typeof meetingSchema>;

/** A saved meeting as its form holds it, its date as typed (20/09/2018, 09/2018 or 2018). */
export function meetingFormValues(m: Meeting): Submitted {
  return {
    instanceId: m.instanceId,
    campusId: m.campusId ?? "",
    date: partialDateToInput(partialDateToString(m.date, m.datePrecision)),
    city: m.city ?? "",
    title: m.title,
    description: m.description,
  };
}
