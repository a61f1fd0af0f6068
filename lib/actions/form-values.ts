/**
 * Conversions between what is stored (ActionSnapshot), what is saved
 * (ActionInput) and what the form holds (ActionFormValues). Pure: used by
 * the server and by the browser (conflict "load their version").
 */
import { partialDateToInput } from "@/lib/dates/input";
import type { ActionSnapshot } from "./snapshot";
import type { ActionFormValues, ActionInput } from "./schema";

/** The editable content of an action: a snapshot without its publication state. */
export type ActionContent = Omit<ActionSnapshot, "publication"> & {
  /** Organisations proposed in this save, not in the directory yet (names). */
  proposedPartners?: string[];
};

export function snapshotToFormValues(s: ActionSnapshot | ActionContent): ActionFormValues {
  return {
    title: s.title,
    slug: s.slug,
    summary: s.summary,
    body: s.body,
    source: s.source,
    status: s.status,
    start: partialDateToInput(s.start),
    end: partialDateToInput(s.end),
    reportYears: s.reportYears.map(String),
    audiences: [...s.audiences],
    campuses: s.campuses.map((c) => ({ campusId: c.campusId, axisId: c.axisId ?? "", isLead: c.isLead })),
    beneficiaries: s.beneficiaries.map((b) => ({
      count: String(b.count),
      unit: b.unit,
      detail: b.detail ?? "",
      audience: b.audience ?? "",
    })),
    partners: s.partners.map((p) => ({ organisationId: p.organisationId, role: p.role ?? "" })),
    newPartners: [],
    links: s.links.map((l) => ({ label: l.label, url: l.url })),
    formationIds: [...s.formationIds],
    platformIds: [...s.platformIds],
  };
}

const byLeadThenId = (a: { campusId: string; isLead: boolean }, b: { campusId: string; isLead: boolean }) =>
  Number(b.isLead) - Number(a.isLead) || a.campusId.localeCompare(b.campusId);

/** The content a validated input would store (slug as given; proposed partners by name). */
export function inputToContent(input: ActionInput, slug: string = input.slug): ActionContent {
  return {
    title: input.title,
    slug,
    summary: input.summary,
    body: input.body,
    source: input.source,
    status: input.status,
    start: input.start,
    end: input.end,
    reportYears: [...new Set(input.reportYears)].sort(),
    audiences: [...new Set(input.audiences)].sort(),
    campuses: [...input.campuses]
      .sort(byLeadThenId)
      .map((c) => ({ campusId: c.campusId, axisId: c.axisId, isLead: c.isLead })),
    beneficiaries: input.beneficiaries.map((b) => ({
      count: b.count,
      unit: b.unit,
      detail: b.detail,
      audience: b.audience,
    })),
    partners: [...input.partners]
      .sort((a, b) => a.organisationId.localeCompare(b.organisationId))
      .map((p) => ({ organisationId: p.organisationId, role: p.role })),
    links: input.links.map((l) => ({ label: l.label, url: l.url })),
    formationIds: [...new Set(input.formationIds)].sort(),
    platformIds: [...new Set(input.platformIds)].sort(),
    proposedPartners: input.newPartners.map((p) => p.name),
  };
}

export function contentOf(s: ActionSnapshot): ActionContent {
  const { publication: _publication, ...content } = s;
  return content;
}
