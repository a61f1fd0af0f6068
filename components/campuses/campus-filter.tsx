import type { CampusSummary } from "@/lib/campuses/queries";
import { CheckboxGroup } from "@/components/ui/filter-panel";
import type { FilterValues } from "@/components/filter-chips";

/** The campus filter of a public list, on the hub only (a campus site is the list's scope). */
export function CampusFilter({ campuses, values }: { campuses?: CampusSummary[]; values: FilterValues }) {
  if (!campuses) return null;
  return (
    <CheckboxGroup
      name="campus"
      legend="Campus"
      options={campuses.map((c) => ({ value: c.slug, label: c.shortName }))}
      values={values.campus ?? []}
    />
  );
}
