/**
 * A public list with its filters: the filter form beside the results; above
 * them, how many match and the filters applied as removable chips. Below, an
 * empty state when nothing matches says what to try next.
 */
import { Chips, type Chip } from "./chips";
import { EmptyState } from "./empty-state";
import { ResultCount } from "./result-count";

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
    <div className="grid gap-8 lg:grid-cols-[20rem_1fr]">
      {form}
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
          {tryNext} Vous pouvez aussi <a href={all.href}>{all.label}</a>.
        </p>
      ) : (
        <p>{nothing}</p>
      )}
    </EmptyState>
  );
}
