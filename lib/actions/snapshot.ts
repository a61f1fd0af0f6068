/**
 * The full editable state of an action as plain JSON: what each revision
 * stores, what the history diff compares and what a restore writes back.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { partialDateToString } from "@/lib/dates/partial-date";
import { BeneficiaryUnit } from "@/lib/generated/prisma/enums";

export type ActionSnapshot = {
  title: string;
  slug: string;
  summary: string;
  body: string;
  source: string;
  status: "PROJETEE" | "EN_COURS" | "TERMINEE";
  start: string | null;
  end: string | null;
  reportYears: number[];
  audiences: string[];
  publication: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  campuses: { campusId: string; axisId: string | null; isLead: boolean }[];
  beneficiaries: { count: number; unit: BeneficiaryUnit; detail: string | null; audience: string | null }[];
  partners: { organisationId: string; role: string | null }[];
  links: { label: string; url: string }[];
  formationIds: string[];
  platformIds: string[];
};

export const actionSnapshotInclude = {
  campuses: { orderBy: [{ isLead: "desc" }, { campusId: "asc" }] },
  beneficiaries: { orderBy: { position: "asc" } },
  partners: { orderBy: { organisationId: "asc" } },
  links: { orderBy: { position: "asc" } },
  formations: { orderBy: { formationId: "asc" } },
  platforms: { orderBy: { platformId: "asc" } },
} satisfies Prisma.ActionInclude;

type ActionWithRelations = Prisma.ActionGetPayload<{ include: typeof actionSnapshotInclude }>;

export function toSnapshot(a: ActionWithRelations): ActionSnapshot {
  return {
    title: a.title,
    slug: a.slug,
    summary: a.summary,
    body: a.body,
    source: a.source,
    status: a.status,
    start: a.startDate && a.startPrecision ? partialDateToString(a.startDate, a.startPrecision) : null,
    end: a.endDate && a.endPrecision ? partialDateToString(a.endDate, a.endPrecision) : null,
    reportYears: [...a.reportYears].sort(),
    audiences: [...a.audiences].sort(),
    publication: a.publication,
    campuses: a.campuses.map((c) => ({ campusId: c.campusId, axisId: c.axisId, isLead: c.isLead })),
    beneficiaries: a.beneficiaries.map((b) => ({
      count: b.count,
      unit: b.unit,
      detail: b.detail,
      audience: b.audience,
    })),
    partners: a.partners.map((p) => ({ organisationId: p.organisationId, role: p.role })),
    links: a.links.map((l) => ({ label: l.label, url: l.url })),
    formationIds: a.formations.map((f) => f.formationId),
    platformIds: a.platforms.map((p) => p.platformId),
  };
}

const UNITS = new Set<string>(Object.values(BeneficiaryUnit));

/**
 * A stored revision's snapshot. Revisions written before beneficiaries had a
 * unit kept their words in `unit` ("élèves de 3e"): they read back as
 * "personnes" with those words as the detail; before `source`, it was empty.
 */
export function readSnapshot(json: unknown): ActionSnapshot {
  const s = json as ActionSnapshot;
  return {
    ...s,
    source: s.source ?? "",
    beneficiaries: (s.beneficiaries ?? []).map((b) =>
      UNITS.has(b.unit)
        ? { count: b.count, unit: b.unit, detail: b.detail ?? null, audience: b.audience }
        : { count: b.count, unit: "PERSONNES", detail: b.detail ?? (b.unit as string), audience: b.audience },
    ),
  };
}
