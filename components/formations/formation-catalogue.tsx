import { FilteredPage } from "@/components/ui/filtered-results";
import type { Links } from "@/components/links";
import type { CampusSummary } from "@/lib/campuses/queries";
import type { FormationFilters } from "@/lib/formations/filters";
import type { FormationCard, FormationFilterOptions } from "@/lib/formations/queries";
import type { Page } from "@/lib/pagination";
import { plural } from "@/lib/text/plural";
import { FormationCardList } from "./formation-card";
import { describeFormationFilter, FormationFilterForm, formationFilterValues } from "./formation-filters";

/** The catalogue (filters, chips, count, cards, pagination), on the hub or on a sub-site (no campus filter there). */
export function FormationCatalogue({
  filters,
  options,
  result,
  campuses,
  showCampusFilter,
  links,
  path,
}: {
  filters: FormationFilters;
  options: FormationFilterOptions;
  result: Page<FormationCard>;
  campuses: CampusSummary[];
  showCampusFilter: boolean;
  links: Links;
  path: string;
}) {
  const values = formationFilterValues(filters);
  return (
    <FilteredPage
      path={path}
      values={values}
      describe={describeFormationFilter(options, campuses)}
      form={
        <FormationFilterForm
          action={path}
          values={values}
          options={options}
          campuses={showCampusFilter ? campuses : undefined}
        />
      }
      result={result}
      noun={plural("formation")}
      tryNext="Essayez de retirer un filtre (le département ou le niveau, par exemple), de vérifier l’orthographe ou d’utiliser un mot plus général."
      pagesLabel="Pages du catalogue des formations"
    >
      {(formations) => <FormationCardList formations={formations} links={links} query={filters.q} />}
    </FilteredPage>
  );
}
