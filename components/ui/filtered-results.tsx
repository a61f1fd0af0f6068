/**
 * A public list with its filters: the filter form beside the results; above
 * them, how many match and the filters applied as removable chips. Below, an
 * empty state when nothing matches says what to try next.
 */
import { Chips, type Chip } from "./chips";
import { EmptyState } from "./empty-state";
import { ResultCount } from "./result-count";
import { formatCount, plural } from "@/lib/text/plural";
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
