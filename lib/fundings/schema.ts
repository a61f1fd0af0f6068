/** The funding form of the coordinator. */
import { z } from "zod";
import { AmountBasis, FundingKind } from "@/lib/generated/prisma/enums";
import {
  checkbox,
  choice,
  enumValues,
  optionalChoice,
  optionalId,
  optionalInt,
  requiredInt,
  requiredText,
} from "@/lib/forms/fields";
import type { Funding } from "@/lib/generated/prisma/client";
import type { Submitted } from "@/lib/server-action/state";

export const FUNDING_KINDS = enumValues(FundingKind);
export const AMOUNT_BASES = enumValues(AmountBasis);

export const fundingSchema = z
  .object({
    funderId: z.preprocess(
      (v) => (typeof v === "string" ? v.trim() : ""),
      z.string().min(1, { error: "Choisissez le financeur." }).max(64),
    ),
    // No campus, platform or action: a funding of the network as a whole (the report's rectorats pay
    // every campus's DO post), which the coordinator must be able to edit without inventing a link.
    campusId: optionalId,
    platformId: optionalId,
    actionId: optionalId,
    kind: choice(FUNDING_KINDS, "Choisissez le type de financement."),
    amountEuros: optionalInt("le montant", 0, 100_000_000),
    amountBasis: optionalChoice(AMOUNT_BASES, "Choisissez si le montant est annuel ou total."),
    startYear: requiredInt("l’année de début", 2010, 2100),
    endYear: requiredInt("l’année de fin", 2010, 2100),
    isIndicative: checkbox,
    purpose: requiredText("l’objet du financement", 500, 3),
  })
  .superRefine((f, ctx) => {
    if (f.endYear < f.startYear)
      ctx.addIssue({
        code: "custom",
        path: ["endYear"],
        message: "L’année de fin ne peut pas précéder l’année de début.",
      });
    if (f.amountEuros !== null && !f.amountBasis)
      ctx.addIssue({
        code: "custom",
        path: ["amountBasis"],
        message: "Précisez si le montant est annuel ou total.",
      });
  });
export type FundingInput = z.output<typeof fundingSchema>;

/** A saved funding as its form holds it (saving it unchanged keeps it as it is). */
export function fundingFormValues(f: Funding): Submitted {
  return {
    funderId: f.funderId,
    campusId: f.campusId ?? "",
    platformId: f.platformId ?? "",
    actionId: f.actionId ?? "",
    kind: f.kind,
    amountEuros: f.amountEuros === null ? "" : String(f.amountEuros),
    amountBasis: f.amountBasis ?? "",
    startYear: String(f.startYear),
    endYear: String(f.endYear),
    isIndicative: f.isIndicative ? "on" : "",
    purpose: f.purpose,
  };
}
