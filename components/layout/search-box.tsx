/**
 * A search form: a GET to the site's search page, usable without
 * JavaScript. The header has a compact one (also in its phone menu); the search page its own, which
 * keeps the kind of result chosen.
 */
const PLACES = {
  header: {
    id: "recherche-site",
    region: "Rechercher sur le site",
    // The whole width of the phone menu; beside the site's name from md.
    box: "w-full md:w-auto",
    form: "flex w-full items-end gap-2 md:w-80",
    field: "min-w-0 flex-1",
    // On one line above the field and its button ("Rechercher dans ce campus" is wider than the field).
    label: "text-sm font-medium md:whitespace-nowrap",
    button: "shrink-0 px-3",
  },
  page: {
    id: "recherche-page",
    region: "Nouvelle recherche",
    box: "mb-8 max-w-2xl",
    form: "flex flex-wrap items-end gap-2",
    field: "min-w-0 flex-1 basis-60",
    label: "font-medium",
    button: "px-4",
  },
} as const;

export function SearchBox({
  action,
  label,
  defaultValue,
  place = "header",
  hidden = {},
}: {
  action: string;
  label: string;
  defaultValue?: string;
  place?: keyof typeof PLACES;
  /** Parameters sent along with the words (the kind of result chosen). */
  hidden?: Record<string, string>;
}) {
  const p = PLACES[place];
  return (
    <div role="search" aria-label={p.region} className={p.box}>
      <form method="get" action={action} className={p.form}>
        <div className={p.field}>
          <label htmlFor={p.id} className={p.label}>
            {label}
          </label>
          <input
            id={p.id}
            name="q"
            type="search"
            defaultValue={defaultValue}
            autoComplete={place === "page" ? undefined : "off"}
            className="mt-1 block min-h-11 w-full rounded border border-muted bg-surface px-3 py-2"
          />
        </div>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <button
          type="submit"
          className={`min-h-11 rounded bg-accent py-2 font-semibold text-white hover:underline ${p.button}`}
        >
          Rechercher
        </button>
      </form>
    </div>
  );
}
