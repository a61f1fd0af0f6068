/** Small converters from database values to the API's shapes (pure). */
import { partialDateToString, type DatePrecision } from "@/lib/dates/partial-date";
import { isCampusSlug, type CampusSlug } from "@/lib/site/campuses";
import type { CodeLabel, PartialDateDto } from "./dto";

/** An enum value as `{ code, label }`: the lower-case code the filters accept, the French label. */
export function codeLabel<T extends string>(value: T, labels: Record<T, string>): CodeLabel {
  return { code: value.toLowerCase(), label: labels[value] };
}

export function partialDate(date: Date | null, precision: DatePrecision | null): PartialDateDto | null {
  if (!date) return null;
  const p = precision ?? "DAY";
  return { date: partialDateToString(date, p), precision: p.toLowerCase() as PartialDateDto["precision"] };
}

export function iso(date: Date): string;
export function iso(date: Date | null): string | null;
export function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

/** Campus slugs of join rows, in a stable order (the lead, if any, first). */
export function campusSlugs(rows: { campus: { slug: string }; isLead?: boolean }[]): CampusSlug[] {
  const sorted = [...rows].sort(
    (a, b) => Number(!!b.isLead) - Number(!!a.isLead) || a.campus.slug.localeCompare(b.campus.slug),
  );
  return [...new Set(sorted.map((r) => r.campus.slug).filter(isCampusSlug))];
}

/** The fields a formation's and a PFT's items share: identity, address, campuses, place, text, last change. */
export function placedEntryFields(
  row: {
    id: string;
    slug: string;
    campuses: { campus: { slug: string } }[];
    commune: string | null;
    departement: string | null;
    description: string | null;
    updatedAt: Date;
  },
  url: string,
) {
  return {
    id: row.id,
    slug: row.slug,
    url,
    campuses: campusSlugs(row.campuses),
    commune: row.commune,
    departement: row.departement,
    description: row.description,
    updatedAt: iso(row.updatedAt),
  };
}

/** Keyset pagination: items strictly after `after`, in the collection's order. */
export function afterKey(after: string | null) {
  return after ? { gt: after } : undefined;
}
