import { Chips } from "@/components/ui/chips";
import { Pagination } from "@/components/ui/pagination";
import { ResultCount } from "@/components/ui/result-count";
import { EmptyState } from "@/components/ui/empty-state";
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
    <div className="grid gap-8 lg:grid-cols-[20rem_1fr]">
      <FormationFilterForm
        action={path}
        values={values}
        options={options}
        campuses={showCampusFilter ? campuses : undefined}
      />
      <section aria-labelledby="resultats">
        <h2 id="resultats" className="sr-only">
          Résultats
        </h2>
        <ResultCount
          count={result.total}
          one="formation"
          many="formations"
          none="Aucune formation ne correspond à ces critères."
        />
        <Chips
          chips={filterChips(path, values, describeFormationFilter(options, campuses))}
          clearHref={path}
        />
        {result.items.length ? (
          <FormationCardList formations={result.items} links={links} query={filters.q} />
        ) : (
          <EmptyState title="Aucune formation trouvée">
            {hasFilters(values) ? (
              <p>
                Essayez de retirer un filtre (le département ou le niveau, par exemple), de vérifier
                l&apos;orthographe ou d&apos;utiliser un mot plus général. Vous pouvez aussi{" "}
                <a href={path}>voir toutes les formations</a>.
              </p>
            ) : (
              <p>Aucune formation n&apos;est publiée pour le moment.</p>
            )}
          </EmptyState>
        )}
        <Pagination
          page={result.page}
          pageCount={result.pageCount}
          hrefFor={pageHref(path, values)}
          label="Pages du catalogue des formations"
        />
      </section>
    </div>
  );
}
