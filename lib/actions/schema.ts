/**
 * The action form, shared by the browser form and the server: what can be
 * typed (ActionFormValues: strings, as inputs hold them) and what is saved
 * (ActionInput, after validation). The server re-validates everything; the
 * campus scope and the existence of referenced records are checked by
 * lib/actions/mutations.ts.
 */
import { z } from "zod";
import { ActionStatus, Audience, BeneficiaryUnit, OrganisationKind } from "@/lib/generated/prisma/enums";
import { endsBeforeStart, normalisePartialDateInput } from "@/lib/dates/input";
import {
  checkboxList,
  choice,
  enumValues,
  httpUrl,
  longText,
  optionalChoice,
  optionalText,
  requiredInt,
  requiredText,
  SLUG_PATTERN,
} from "@/lib/forms/fields";

export const ACTION_LIMITS = {
  title: 200,
  slug: 100,
  summary: 1000,
  body: 20_000,
  source: 500,
  beneficiaries: 20,
  partners: 100,
  newPartners: 10,
  links: 20,
  formations: 100,
  platforms: 30,
} as const;

const STATUSES = enumValues(ActionStatus);
const AUDIENCES = enumValues(Audience);
const BENEFICIARY_UNITS = enumValues(BeneficiaryUnit);
const ORGANISATION_KINDS = enumValues(OrganisationKind);

/** What the form holds: every value as its input holds it. */
export type ActionFormValues = {
  title: string;
  slug: string;
  summary: string;
  body: string;
  source: string;
  status: string;
  start: string;
  end: string;
  reportYears: string[];
  audiences: string[];
  campuses: { campusId: string; axisId: string; isLead: boolean }[];
  beneficiaries: { count: string; unit: string; detail: string; audience: string }[];
  partners: { organisationId: string; role: string }[];
  newPartners: { name: string; kind: string; city: string; website: string; role: string }[];
  links: { label: string; url: string }[];
  formationIds: string[];
  platformIds: string[];
};

export const emptyActionFormValues = (campusId: string | null): ActionFormValues => ({
  title: "",
  slug: "",
  summary: "",
  body: "",
  source: "",
  status: "PROJETEE",
  start: "",
  end: "",
  reportYears: [],
  audiences: [],
  campuses: campusId ? [{ campusId, axisId: "", isLead: true }] : [],
  beneficiaries: [],
  partners: [],
  newPartners: [],
  links: [],
  formationIds: [],
  platformIds: [],
});

function partialDate(what: string) {
  return z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : ""),
    z
      .string()
      .max(20)
      .transform((value, ctx) => {
        if (value === "") return null;
        const iso = normalisePartialDateInput(value);
        if (!iso) {
          ctx.addIssue({
            code: "custom",
            message: `${what}\u00A0: saisissez une année (2018), un mois (09/2018) ou un jour (20/09/2018).`,
          });
          return z.NEVER;
        }
        return iso;
      }),
  );
}

const id = z.string().min(1).max(64);

const campusRow = z.object({
  campusId: id,
  axisId: z.preprocess((v) => (v === "" || v === undefined ? null : v), id.nullable()),
  isLead: z.boolean(),
});

const beneficiaryRow = z.object({
  count: requiredInt("le nombre de bénéficiaires", 0, 10_000_000),
  unit: choice(
    BENEFICIARY_UNITS,
    "Choisissez ce que compte ce nombre (élèves, enseignants, établissements…).",
  ),
  detail: optionalText("la précision (par exemple «\u202Félèves de 3e\u202F»)", 120),
  audience: optionalChoice(AUDIENCES, "Choisissez un public dans la liste."),
});

const partnerRow = z.object({
  organisationId: id,
  role: optionalText("le rôle du partenaire", 200),
});

const newPartnerRow = z.object({
  name: requiredText("le nom de l’organisation proposée", 200, 2),
  kind: choice(ORGANISATION_KINDS, "Choisissez le type de l’organisation proposée."),
  city: optionalText("la commune", 120),
  website: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : typeof v === "string" ? v.trim() : v),
    httpUrl("l’adresse du site de l’organisation").nullable(),
  ),
  role: optionalText("le rôle du partenaire", 200),
});

const linkRow = z.object({
  label: requiredText("l’intitulé du lien", 150),
  url: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), httpUrl("l’adresse du lien")),
});

export const actionInputSchema = z
  .object({
    title: requiredText("le titre de l’action", ACTION_LIMITS.title, 3),
    slug: z.preprocess(
      (v) => (typeof v === "string" ? v.trim().toLowerCase() : ""),
      z
        .string()
        .max(ACTION_LIMITS.slug, {
          error: `Adresse de la page\u00A0: ${ACTION_LIMITS.slug} caractères au plus.`,
        })
        .refine((s) => s === "" || SLUG_PATTERN.test(s), {
          error:
            "Adresse de la page\u00A0: lettres minuscules sans accent, chiffres et tirets seulement (par exemple «\u202Fsalon-get-smart\u202F»).",
        }),
    ),
    summary: requiredText("le résumé de l’action", ACTION_LIMITS.summary, 10),
    body: longText("la description détaillée", ACTION_LIMITS.body),
    source: longText("la source", ACTION_LIMITS.source),
    status: choice(STATUSES, "Choisissez le statut de l’action."),
    start: partialDate("Début"),
    end: partialDate("Fin"),
    reportYears: checkboxList(
      z.coerce
        .number()
        .int()
        .min(2010, { error: "Année de rapport inconnue." })
        .max(2100, { error: "Année de rapport inconnue." }),
    ).pipe(z.array(z.number()).max(30)),
    audiences: checkboxList(z.enum(AUDIENCES, { error: "Public inconnu." })),
    campuses: z.array(campusRow).max(6),
    beneficiaries: z.array(beneficiaryRow).max(ACTION_LIMITS.beneficiaries, {
      error: `${ACTION_LIMITS.beneficiaries} lignes de bénéficiaires au plus.`,
    }),
    partners: z
      .array(partnerRow)
      .max(ACTION_LIMITS.partners, { error: `${ACTION_LIMITS.partners} partenaires au plus.` }),
    newPartners: z.array(newPartnerRow).max(ACTION_LIMITS.newPartners, {
      error: `${ACTION_LIMITS.newPartners} organisations proposées au plus par enregistrement.`,
    }),
    links: z.array(linkRow).max(ACTION_LIMITS.links, { error: `${ACTION_LIMITS.links} liens au plus.` }),
    formationIds: checkboxList(id).pipe(z.array(z.string()).max(ACTION_LIMITS.formations)),
    platformIds: checkboxList(id).pipe(z.array(z.string()).max(ACTION_LIMITS.platforms)),
  })
  .superRefine((a, ctx) => {
    if (a.start && a.end && endsBeforeStart(a.start, a.end)) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: "La fin ne peut pas précéder le début de l’action.",
      });
    }
    if (a.status === "TERMINEE" && !a.end) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: "Une action terminée doit avoir une date ou une année de fin.",
      });
    }
    if (a.campuses.length === 0) {
      ctx.addIssue({ code: "custom", path: ["campuses"], message: "Choisissez au moins un campus porteur." });
    } else {
      const ids = a.campuses.map((c) => c.campusId);
      if (new Set(ids).size !== ids.length)
        ctx.addIssue({
          code: "custom",
          path: ["campuses"],
          message: "Chaque campus ne peut figurer qu’une fois.",
        });
      const leads = a.campuses.filter((c) => c.isLead).length;
      if (leads !== 1)
        ctx.addIssue({
          code: "custom",
          path: ["campuses"],
          message: "Désignez un seul campus chef de file parmi les campus porteurs.",
        });
    }
    const partnerIds = a.partners.map((p) => p.organisationId);
    if (new Set(partnerIds).size !== partnerIds.length) {
      ctx.addIssue({
        code: "custom",
        path: ["partners"],
        message: "Un partenaire figure deux fois\u00A0: retirez le doublon.",
      });
    }
    const newNames = a.newPartners.map((p) => p.name.toLowerCase());
    if (new Set(newNames).size !== newNames.length) {
      ctx.addIssue({
        code: "custom",
        path: ["newPartners"],
        message: "Une organisation proposée figure deux fois\u00A0: retirez le doublon.",
      });
    }
  });

export type ActionInput = z.output<typeof actionInputSchema>;

/** Publication, status and history operations of the back office. */
export const ACTION_OPERATIONS = ["publish", "unpublish", "archive", "restore"] as const;
export type ActionOperation = (typeof ACTION_OPERATIONS)[number];
export const actionOperationSchema = z.enum(ACTION_OPERATIONS, { error: "Opération inconnue." });

/** A version of an action, as a form or a route sends it ("3"). */
export const versionSchema = z.coerce.number().int().min(1).max(1_000_000);

/** What the action form sends: the action (null for a new one), the version it was opened at, its values. */
export type SaveActionPayload = { id: string | null; version: number; values: ActionFormValues };

const UNREADABLE = "Formulaire illisible\u00A0: rechargez la page.";

/** The payload's envelope; the values themselves are validated by the mutation. */
export const saveActionPayloadSchema = z.object(
  {
    id: z.string({ error: UNREADABLE }).min(1).max(64).nullable(),
    version: z.number({ error: UNREADABLE }).int().min(0),
    values: z.unknown(),
  },
  { error: UNREADABLE },
);
