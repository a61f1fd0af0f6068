import type { ActionFilterOptions } from "@/lib/actions/queries";
import { CampusFilter, type FilterFormProps } from "@/components/campuses/campus-filter";
import type { CampusSummary } from "@/lib/campuses/queries";
import { ACTION_STATUS_LABELS, ACTION_STATUS_ORDER, AUDIENCE_LABELS } from "@/lib/labels";
import { CheckboxGroup, FilterPanel, KeywordField, SelectField } from "@/components/ui/filter-panel";
import { code, type FilterValues } from "@/components/filter-chips";

/** Filters of the action lists; the campus filter only on the hub. */
export function ActionFilterForm({
  action,
  values,
  options,
  campuses,
}: FilterFormProps<ActionFilterOptions>) {
  return (
    <FilterPanel action={action} resetHref={action}>
      <KeywordField values={values} hint="Par exemple&nbsp;: énergie, collégiens, salon" />
      <CampusFilter campuses={campuses} values={values} />
      <CheckboxGroup
        name="status"
        legend="Statut"
        options={ACTION_STATUS_ORDER.map((s) => ({ value: code(s), label: ACTION_STATUS_LABELS[s] }))}
        values={values.status ?? []}
      />
      <SelectField
        name="year"
        label="Année du rapport"
        emptyLabel="Toutes les années"
        options={options.years.map((y) => ({ value: String(y), label: String(y) }))}
        value={values.year?.[0]}
      />
      <CheckboxGroup
        name="public"
        legend="Public"
        options={options.audiences.map((a) => ({ value: code(a), label: AUDIENCE_LABELS[a] }))}
        values={values.public ?? []}
      />
      {options.axes.length ? (
        <SelectField
          name="axis"
          label="Axe"
          emptyLabel="Tous les axes"
          options={options.axes.map((a) => ({
            value: a.key,
            label: campuses ? `${a.title} (${a.campuses.join(", ")})` : a.title,
          }))}
          value={values.axis?.[0]}
        />
      ) : null}
    </FilterPanel>
  );
}

export function describeActionFilter(options: ActionFilterOptions, campuses: CampusSummary[]) {
  return (key: string, value: string): string => {
    switch (key) {
      case "q":
        return `Mots-clés\u00A0: «\u202F${value}\u202F»`;
      case "campus":
        return `Campus\u00A0: ${campuses.find((c) => c.slug === value)?.shortName ?? value}`;
      case "status":
        return `Statut\u00A0: ${ACTION_STATUS_LABELS[value.toUpperCase() as keyof typeof ACTION_STATUS_LABELS] ?? value}`;
      case "year":
        return `Année\u00A0: ${value}`;
      case "public":
        return `Public\u00A0: ${AUDIENCE_LABELS[value.toUpperCase() as keyof typeof AUDIENCE_LABELS] ?? value}`;
      case "axis":
        return `Axe\u00A0: ${options.axes.find((a) => a.key === value)?.title ?? value}`;
      default:
        return value;
    }
  };
}

/** The URL codes of parsed action filters. */
export function actionFilterValues(f: {
  q?: string;
  campus: string[];
  status: string[];
  year?: number;
  public: string[];
  axis?: string;
}): FilterValues {
  return {
    q: f.q ? [f.q] : [],
    campus: f.campus,
    status: f.status.map(code),
    year: f.year ? [String(f.year)] : [],
    public: f.public.map(code),
    axis: f.axis ? [f.axis] : [],
  };
}
