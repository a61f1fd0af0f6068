import { Pagination } from "@/components/ui/pagination";
import { FilteredResults, NoResults } from "@/components/ui/filtered-results";
import { filterChips, hasFilters, pageHref } from "@/components/filter-chips";
import type { Links } from "@/components/links";
import type { CampusSummary } from "@/lib/campuses/queries";
import type { FormationFilters } from "@/lib/formations/filters";
import type { FormationCard, FormationFilterOptions } from "@/lib/formations/queries";
import type { Page } from "@/lib/pagination";
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
    <FilteredResults
      form={
        <FormationFilterForm
          action={path}
          values={values}
          options={options}
          campuses={showCampusFilter ? campuses : undefined}
        />
      }
      count={{
        total: result.total,
        one: "formation",
        many: "formations",
        none: "Aucune formation ne correspond à ces critères.",
      }}
      chips={filterChips(path, values, describeFormationFilter(options, campuses))}
      clearHref={path}
    >
      {result.items.length ? (
        <FormationCardList formations={result.items} links={links} query={filters.q} />
      ) : (
        <NoResults
          title="Aucune formation trouvée"
          filtered={hasFilters(values)}
          tryNext="Essayez de retirer un filtre (le département ou le niveau, par exemple), de vérifier l'orthographe ou d'utiliser un mot plus général."
          all={{ href: path, label: "voir toutes les formations" }}
          nothing="Aucune formation n'est publiée pour le moment."
        />
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={pageHref(path, values)}
        label="Pages du catalogue des formations"
      />
    </FilteredResults>
  );
}
