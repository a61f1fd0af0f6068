/**
 * The report's indicators, computed from what the report shows (never read
 * again from the database), so a frozen edition keeps its figures:
 * actions by status, publics reached, beneficiaries, organisations by kind,
 * formations by level — per campus and for the region.
 */
import { compareFrench } from "@/lib/text/collate";
import {
  ACTION_STATUS_LABELS,
  ACTION_STATUS_ORDER,
  AUDIENCE_LABELS,
  LEVEL_LABELS,
  ORGANISATION_KIND_PLURALS,
} from "@/lib/labels";
import type { Audience, OrganisationKind } from "@/lib/generated/prisma/enums";
import { beneficiaryTotals } from "@/lib/actions/beneficiaries";
import type { Indicators, ReportAction } from "./types";

export type IndicatorInput = {
  actions: ReportAction[];
  /** Distinct organisations involved (id + kind). */
  organisations: { id: string; kind: OrganisationKind }[];
  /** Distinct formations offered (id + level). */
  formations: { id: string; level: number | null }[];
};

function countBy<T, K>(items: T[], key: (item: T) => K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) for (const k of new Set(key(item))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

function distinct<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((i) => [i.id, i])).values()];
}

/** Publics an action reaches: its declared audiences and those of its beneficiary figures. */
export function actionAudiences(action: ReportAction): Audience[] {
  return [
    ...new Set([
      ...action.audiences.map((a) => a.code),
      ...action.beneficiaries.flatMap((b) => (b.audience ? [b.audience] : [])),
    ]),
  ];
}

export function computeIndicators({ actions, organisations, formations }: IndicatorInput): Indicators {
  const byStatus = countBy(actions, (a) => [a.status]);
  const audiences = countBy(actions, actionAudiences);
  const orgKinds = countBy(distinct(organisations), (o) => [o.kind]);
  const levels = countBy(distinct(formations), (f) => [f.level]);

  return {
    actionsTotal: actions.length,
    actionsByStatus: ACTION_STATUS_ORDER.map((s) => ({
      key: s,
      label: ACTION_STATUS_LABELS[s],
      count: byStatus.get(s) ?? 0,
    })),
    audiences: (Object.keys(AUDIENCE_LABELS) as Audience[])
      .filter((a) => audiences.has(a))
      .map((a) => ({ key: a, label: AUDIENCE_LABELS[a], count: audiences.get(a)! }))
      .sort((x, y) => y.count - x.count || compareFrench(x.label, y.label)),
    beneficiaries: beneficiaryTotals(
      actions.flatMap((a) => a.beneficiaries.map((b) => ({ actionKey: a.id, count: b.count, unit: b.unit }))),
    ),
    organisationsByKind: (Object.keys(ORGANISATION_KIND_PLURALS) as OrganisationKind[])
      .filter((k) => orgKinds.has(k))
      .map((k) => ({ key: k, label: ORGANISATION_KIND_PLURALS[k], count: orgKinds.get(k)! })),
    formationsByLevel: [...levels.keys()]
      .sort((a, b) => (a ?? 99) - (b ?? 99))
      .map((level) => ({
        key: level,
        label: level === null ? "Niveau non renseigné" : (LEVEL_LABELS[level] ?? `Niveau ${level}`),
        count: levels.get(level)!,
      })),
  };
}
