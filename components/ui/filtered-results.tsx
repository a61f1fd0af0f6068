/**
 * A public list with its filters: the filter form beside the results; above
 * them, how many match and the filters applied as removable chips. Below, an
 * empty state when nothing matches says what to try next.
 */
import { filterChips, hasFilters, pageHref, type FilterValues } from "../filter-chips";
import type { Page } from "@/lib/pagination";
import { Chips, type Chip } from "./chips";
import { EmptyState } from "./empty-state";
import { Pagination } from "./pagination";
import { ResultCount } from "./result-count";
import { formatCount, plural, type PluralForms } from "@/lib/text/plural";
import { fr } from "@/lib/text/typography";

export function FilteredResults({
  form,
  count,
  chips,
  clearHref,
  children,
}: {
  form: React.ReactNode;
  /** "12 actions", "1 action", or the sentence for none. */
  count: { total: number; one: string; many: string; none: string };
  chips: Chip[];
  clearHref: string;
  children: React.ReactNode;
}) {
  return (
    <div className="grid gap-4 lg:grid-cols-[20rem_1fr] lg:gap-8">
      {/*
       * On a phone the results come first: the form waits behind "Filtrer",
       * a native disclosure (no JavaScript) that says how many filters apply.
       * From the lg breakpoint the form stays open beside the results
       * (globals.css, .filter-disclosure).
       */}
      <details className="filter-disclosure no-print group">
        <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded border border-ink px-4 font-semibold [&::-webkit-details-marker]:hidden">
          <span aria-hidden="true" className="transition-transform group-open:rotate-180">
            ▾
          </span>
          Filtrer
          {chips.length ? (
            <span className="rounded-full bg-accent px-2 text-sm text-white">
              {formatCount(chips.length, plural("filtre actif"))}
            </span>
          ) : null}
        </summary>
        <div className="mt-3 lg:mt-0">{form}</div>
      </details>
      <section aria-labelledby="resultats">
        <h2 id="resultats" className="sr-only">
          Résultats
        </h2>
        <ResultCount count={count.total} one={count.one} many={count.many} none={count.none} />
        <Chips chips={chips} clearHref={clearHref} />
        {children}
      </section>
    </div>
  );
}

/** Nothing matches: with filters, what to try and the way back to the whole list; without, why it is empty. */
export function NoResults({
  title,
  filtered,
  tryNext,
  all,
  nothing,
}: {
  title: string;
  filtered: boolean;
  tryNext: React.ReactNode;
  all: { href: string; label: string };
  nothing: React.ReactNode;
}) {
  return (
    <EmptyState title={title}>
      {filtered ? (
        <p>
          {fr(tryNext)} Vous pouvez aussi <a href={all.href}>{all.label}</a>.
        </p>
      ) : (
        <p>{fr(nothing)}</p>
      )}
    </EmptyState>
  );
}

/**
 * One page of a filtered list (the actions, the formations): the count, the
 * chips, the "clear" link, the pages and the way back to the whole list all
 * start from the list's `path` and keep its filter `values`; the count and the
 * empty state name the items with `noun`.
 */
export function FilteredPage<T>({
  path,
  values,
  describe,
  form,
  result,
  noun,
  tryNext,
  pagesLabel,
  children,
}: {
  path: string;
  values: FilterValues;
  /** The chip of one filter value ("Campus : Industrie du futur"). */
  describe: (key: string, value: string) => string;
  form: React.ReactNode;
  result: Page<T>;
  /**
   * What the list holds, singular and plural (« action », « actions »). The
   * wording around it agrees with a feminine noun, as are all such lists so
   * far: « Aucune action trouvée », « voir toutes les actions ».
   */
  noun: PluralForms;
  /** What to try when the filters match nothing. */
  tryNext: string;
  /** The accessible name of the pagination. */
  pagesLabel: string;
  /** The page's items (never called with none). */
  children: (items: T[]) => React.ReactNode;
}) {
  return (
    <FilteredResults
      form={form}
      count={{
        total: result.total,
        one: noun.one,
        many: noun.other,
        none: `Aucune ${noun.one} ne correspond à ces critères.`,
      }}
      chips={filterChips(path, values, describe)}
      clearHref={path}
    >
      {result.items.length ? (
        children(result.items)
      ) : (
        <NoResults
          title={`Aucune ${noun.one} trouvée`}
          filtered={hasFilters(values)}
          tryNext={tryNext}
          all={{ href: path, label: `voir toutes les ${noun.other}` }}
          nothing={`Aucune ${noun.one} n’est publiée pour le moment.`}
        />
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={pageHref(path, values)}
        label={pagesLabel}
      />
    </FilteredResults>
  );
}
