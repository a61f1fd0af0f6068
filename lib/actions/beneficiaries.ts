/**
 * Beneficiary figures in words. A figure counts one unit (élèves,
 * enseignants, établissements…); figures of different units are never added.
 */
import type { BeneficiaryUnit } from "@/lib/generated/prisma/enums";
import { BENEFICIARY_UNIT_LABELS, BENEFICIARY_UNIT_ORDER } from "@/lib/labels";
import { formatCount } from "@/lib/text/plural";

/**
 * A figure as stored. `unit` is a BeneficiaryUnit; an edition frozen before
 * units existed keeps its free words there, and they read as they were.
 */
export type BeneficiaryFigure = { count: number; unit: string; detail?: string | null };

export function isBeneficiaryUnit(unit: string): unit is BeneficiaryUnit {
  return Object.hasOwn(BENEFICIARY_UNIT_LABELS, unit);
}

/** "8 élèves", or the action's own words when it gives them: "26 enseignants stagiaires". */
export function formatBeneficiary(b: BeneficiaryFigure): string {
  const detail = b.detail?.trim() || (isBeneficiaryUnit(b.unit) ? "" : b.unit);
  if (detail) return `${new Intl.NumberFormat("fr-FR").format(b.count)}\u00A0${detail}`;
  return formatCount(b.count, BENEFICIARY_UNIT_LABELS[b.unit as BeneficiaryUnit]);
}

/** The unit's name for a count ("élève" for 1, "élèves" for 8). */
export function beneficiaryUnitLabel(unit: string, count: number): string {
  if (!isBeneficiaryUnit(unit)) return unit;
  return count === 1 || count === 0 ? BENEFICIARY_UNIT_LABELS[unit].one : BENEFICIARY_UNIT_LABELS[unit].other;
}

/** Totals per unit, in a fixed order, with how many actions declared each unit. */
export function beneficiaryTotals(
  figures: { actionKey: string; count: number; unit: string }[],
): { unit: BeneficiaryUnit; label: string; count: number; actions: number }[] {
  const byUnit = new Map<BeneficiaryUnit, { count: number; actions: Set<string> }>();
  for (const f of figures) {
    if (!isBeneficiaryUnit(f.unit)) continue;
    const entry = byUnit.get(f.unit) ?? { count: 0, actions: new Set<string>() };
    entry.count += f.count;
    entry.actions.add(f.actionKey);
    byUnit.set(f.unit, entry);
  }
  return BENEFICIARY_UNIT_ORDER.flatMap((unit) => {
    const entry = byUnit.get(unit);
    if (!entry) return [];
    return [
      {
        unit,
        label: beneficiaryUnitLabel(unit, entry.count),
        count: entry.count,
        actions: entry.actions.size,
      },
    ];
  });
}
