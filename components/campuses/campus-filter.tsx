import type { CampusSummary } from "@/lib/campuses/queries";
import { CheckboxGroup } from "@/components/ui/filter-panel";
import type { FilterValues } from "@/components/filter-chips";

/** What a public list's filter form gets: where it submits, the values applied, its options and, on the hub only, the campuses. */
export type FilterFormProps<Options> = {
  action: string;
  values: FilterValues;
  options: Options;
  campuses?: CampusSummary[];
};

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
