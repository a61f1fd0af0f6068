import type { FormationFilterOptions } from "@/lib/formations/queries";
import { CampusFilter, type FilterFormProps } from "@/components/campuses/campus-filter";
import type { CampusSummary } from "@/lib/campuses/queries";
import { DIPLOMA_LABELS, FORMATION_STATE_LABELS, LEVEL_LABELS, MODALITY_LABELS } from "@/lib/labels";
import { departementLabel } from "@/lib/map/departements";
import { CheckboxGroup, FilterPanel, KeywordField, SelectField } from "@/components/ui/filter-panel";
import { code, type FilterValues } from "@/components/filter-chips";

type Labelled = Record<string, string>;
const upper = (v: string) => v.toUpperCase();

/** Filters of the formation catalogue; the campus filter only on the hub. */
export function FormationFilterForm({
  action,
  values,
  options,
  campuses,
}: FilterFormProps<FormationFilterOptions>) {
  return (
    <FilterPanel action={action} resetHref={action}>
      <KeywordField values={values} hint="Par exemple&nbsp;: maintenance, cuir, énergie" />
      <CheckboxGroup
        name="diploma"
        legend="Diplôme"
        options={options.diplomas.map((d) => ({ value: code(d), label: DIPLOMA_LABELS[d] }))}
        values={values.diploma ?? []}
      />
      <CheckboxGroup
        name="level"
        legend="Niveau"
        options={options.levels.map((l) => ({ value: String(l), label: LEVEL_LABELS[l] ?? `Niveau ${l}` }))}
        values={values.level ?? []}
      />
      <CheckboxGroup
        name="modality"
        legend="Modalité"
        options={options.modalities.map((m) => ({ value: code(m), label: MODALITY_LABELS[m] }))}
        values={values.modality ?? []}
      />
      <CheckboxGroup
        name="state"
        legend="État"
        options={options.states.map((s) => ({ value: code(s), label: FORMATION_STATE_LABELS[s] }))}
        values={values.state ?? []}
      />
      <SelectField
        name="departement"
        label="Département"
        emptyLabel="Tous les départements"
        options={options.departements}
        value={values.departement?.[0]}
      />
      <SelectField
        name="commune"
        label="Commune"
        emptyLabel="Toutes les communes"
        options={options.communes.map((c) => ({ value: c, label: c }))}
        value={values.commune?.[0]}
      />
      <SelectField
        name="establishment"
        label="Établissement"
        emptyLabel="Tous les établissements"
        options={options.establishments}
        value={values.establishment?.[0]}
      />
      <CampusFilter campuses={campuses} values={values} />
    </FilterPanel>
  );
}

export function describeFormationFilter(options: FormationFilterOptions, campuses: CampusSummary[]) {
  return (key: string, value: string): string => {
    switch (key) {
      case "q":
        return `Mots-clés\u00A0: «\u202F${value}\u202F»`;
      case "diploma":
        return `Diplôme\u00A0: ${(DIPLOMA_LABELS as Labelled)[upper(value)] ?? value}`;
      case "level":
        return LEVEL_LABELS[Number(value)] ?? `Niveau ${value}`;
      case "modality":
        return `Modalité\u00A0: ${(MODALITY_LABELS as Labelled)[upper(value)] ?? value}`;
      case "state":
        return `État\u00A0: ${(FORMATION_STATE_LABELS as Labelled)[upper(value)] ?? value}`;
      case "departement":
        return `Département\u00A0: ${departementLabel(value)}`;
      case "commune":
        return `Commune\u00A0: ${value}`;
      case "establishment":
        return `Établissement\u00A0: ${options.establishments.find((e) => e.value === value)?.label ?? value}`;
      case "campus":
        return `Campus\u00A0: ${campuses.find((c) => c.slug === value)?.shortName ?? value}`;
      default:
        return value;
    }
  };
}

export function formationFilterValues(f: {
  q?: string;
  campus: string[];
  diploma: string[];
  level: number[];
  modality: string[];
  state: string[];
  departement?: string;
  commune?: string;
  establishment?: string;
}): FilterValues {
  return {
    q: f.q ? [f.q] : [],
    diploma: f.diploma.map(code),
    level: f.level.map(String),
    modality: f.modality.map(code),
    state: f.state.map(code),
    departement: f.departement ? [f.departement] : [],
    commune: f.commune ? [f.commune] : [],
    establishment: f.establishment ? [f.establishment] : [],
    campus: f.campus,
  };
}
