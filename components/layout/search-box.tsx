/** The header's search form: a GET to the site's search page, usable without JavaScript. */
export function SearchBox({
  action,
  label,
  defaultValue,
}: {
  action: string;
  label: string;
  defaultValue?: string;
}) {
  return (
    <div role="search" aria-label="Rechercher sur le site" className="w-full sm:w-auto">
      <form method="get" action={action} className="flex w-full items-end gap-2 sm:w-80">
        <div className="min-w-0 flex-1">
          <label htmlFor="recherche-site" className="text-sm font-medium">
            {label}
          </label>
          <input
            id="recherche-site"
            name="q"
            type="search"
            defaultValue={defaultValue}
            autoComplete="off"
            className="mt-1 block min-h-11 w-full rounded border border-muted bg-surface px-3 py-2"
          />
        </div>
        <button
          type="submit"
          className="min-h-11 shrink-0 rounded bg-accent px-3 py-2 font-semibold text-white hover:underline"
        >
          Rechercher
        </button>
      </form>
    </div>
  );
}
