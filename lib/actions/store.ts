/**
 * How an action's content is stored: its own columns and its relations.
 * No authorization here: lib/actions/mutations.ts scopes the action before
 * writing, and the seed (lib/content/seed.ts) writes the content of the
 * 2018 report with the same code.
 */
import type { Tx } from "@/lib/db";
import type { Audience } from "@/lib/generated/prisma/enums";
import { parsePartialDate } from "@/lib/dates/partial-date";
import type { ActionContent } from "./form-values";

/** The action's own columns for a content (its relations are written by writeActionRelations). */
export function actionColumns(
  c: Pick<
    ActionContent,
    | "title"
    | "slug"
    | "summary"
    | "body"
    | "source"
    | "status"
    | "start"
    | "end"
    | "reportYears"
    | "audiences"
  >,
) {
  const start = c.start ? parsePartialDate(c.start) : null;
  const end = c.end ? parsePartialDate(c.end) : null;
  return {
    title: c.title,
    slug: c.slug,
    summary: c.summary,
    body: c.body,
    source: c.source,
    status: c.status,
    startDate: start?.date ?? null,
    startPrecision: start?.precision ?? null,
    endDate: end?.date ?? null,
    endPrecision: end?.precision ?? null,
    reportYears: c.reportYears,
    // Content comes from a validated input or a stored revision: its audiences are enum values.
    audiences: c.audiences as Audience[],
  };
}

export type ActionRelations = Pick<
  ActionContent,
  "campuses" | "beneficiaries" | "partners" | "links" | "formationIds" | "platformIds"
>;

/** Replaces every relation of the action with the given sets. */
export async function writeActionRelations(tx: Tx, actionId: string, r: ActionRelations) {
  await tx.actionCampus.deleteMany({ where: { actionId } });
  await tx.actionBeneficiary.deleteMany({ where: { actionId } });
  await tx.actionPartner.deleteMany({ where: { actionId } });
  await tx.actionLink.deleteMany({ where: { actionId } });
  await tx.actionFormation.deleteMany({ where: { actionId } });
  await tx.actionPlatform.deleteMany({ where: { actionId } });
  if (r.campuses.length)
    await tx.actionCampus.createMany({
      data: r.campuses.map((c) => ({ actionId, campusId: c.campusId, axisId: c.axisId, isLead: c.isLead })),
    });
  if (r.beneficiaries.length)
    await tx.actionBeneficiary.createMany({
      data: r.beneficiaries.map((b, position) => ({
        actionId,
        count: b.count,
        unit: b.unit,
        detail: b.detail,
        audience: b.audience as never,
        position,
      })),
    });
  if (r.partners.length)
    await tx.actionPartner.createMany({
      data: r.partners.map((p) => ({ actionId, organisationId: p.organisationId, role: p.role })),
      skipDuplicates: true,
    });
  if (r.links.length)
    await tx.actionLink.createMany({
      data: r.links.map((l, position) => ({ actionId, label: l.label, url: l.url, position })),
    });
  if (r.formationIds.length)
    await tx.actionFormation.createMany({
      data: [...new Set(r.formationIds)].map((formationId) => ({ actionId, formationId })),
    });
  if (r.platformIds.length)
    await tx.actionPlatform.createMany({
      data: [...new Set(r.platformIds)].map((platformId) => ({ actionId, platformId })),
    });
}
