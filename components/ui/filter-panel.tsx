import { fr } from "@/lib/text/typography";
import type { FilterValues } from "../filter-chips";
/**
 * Filters of a list in a plain GET form: they work without JavaScript and
 * live in the URL. Fields are the components below.
 */
export function FilterPanel({
  action,
  children,
  resetHref,
  title = "Filtrer",
}: {
  action: string;
  children: React.ReactNode;
  resetHref: string;
  title?: string;
}) {
  return (
    <section aria-labelledby="filtres" className="no-print rounded-lg border border-line bg-subtle p-4">
      <h2 id="filtres" className="mb-3 text-lg font-bold">
        {title}
      </h2>
      <form method="get" action={action} className="flex flex-col gap-4">
        {children}
        <div className="flex flex-wrap items-center gap-4">
          <button
            type="submit"
            className="min-h-11 rounded bg-accent px-4 py-2 font-semibold text-white hover:underline"
          >
            Appliquer les filtres
          </button>
          <a href={resetHref}>Réinitialiser</a>
        </div>
      </form>
    </section>
  );
}

const control = "mt-1 block w-full min-h-11 rounded border border-muted bg-surface px-3 py-2 text-ink";

/** The keywords of a public list (query key `q`), first in its filter form. */
export function KeywordField({
  values,
  label = "Mots-clés",
  hint,
}: {
  values: FilterValues;
  label?: string;
  hint: string;
}) {
  return <TextField name="q" label={label} defaultValue={values.q?.[0]} hint={hint} />;
}

export function TextField({
  name,
  label,
  defaultValue,
  hint,
  type = "search",
}: {
  name: string;
  label: string;
  defaultValue?: string;
  hint?: string;
  type?: "search" | "text";
}) {
  return (
    <div>
      <label htmlFor={`filtre-${name}`} className="font-medium">
        {fr(label)}
      </label>
      {hint ? (
        <p id={`filtre-${name}-aide`} className="text-sm text-muted">
          {fr(hint)}
        </p>
      ) : null}
      <input
        id={`filtre-${name}`}
        name={name}
        type={type}
        defaultValue={defaultValue}
        aria-describedby={hint ? `filtre-${name}-aide` : undefined}
        className={control}
      />
    </div>
  );
}

export type FieldOption = { value: string; label: string };

export function SelectField({
  name,
  label,
  options,
  value,
  emptyLabel = "Tous",
}: {
  name: string;
  label: string;
  options: FieldOption[];
  value?: string;
  emptyLabel?: string;
}) {
  return (
    <div>
      <label htmlFor={`filtre-${name}`} className="font-medium">
        {fr(label)}
      </label>
      <select id={`filtre-${name}`} name={name} defaultValue={value ?? ""} className={control}>
        <option value="">{emptyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {fr(o.label)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxGroup({
  name,
  legend,
  options,
  values,
}: {
  name: string;
  legend: string;
  options: FieldOption[];
  values: string[];
}) {
  if (options.length === 0) return null;
  return (
    <fieldset>
      <legend className="font-medium">{fr(legend)}</legend>
      <ul className="mt-1 flex flex-col gap-1">
        {options.map((o) => (
          <li key={o.value} className="flex items-start gap-2">
            <input
              type="checkbox"
              id={`filtre-${name}-${o.value}`}
              name={name}
              value={o.value}
              defaultChecked={values.includes(o.value)}
              className="mt-1 size-5 shrink-0 accent-[var(--color-accent)]"
            />
            <label htmlFor={`filtre-${name}-${o.value}`}>{fr(o.label)}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
