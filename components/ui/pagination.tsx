/** Numbered pagination: "page N sur M", previous/next and nearby pages, as plain links. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  label = "Pagination",
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  label?: string;
}) {
  if (pageCount <= 1) return null;
  const numbers = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])]
    .filter((n) => n >= 1 && n <= pageCount)
    .sort((a, b) => a - b);
  const link =
    "inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-line px-3 no-underline hover:bg-accent-tint";
  return (
    <nav aria-label={label} className="mt-8 flex flex-col gap-3">
      <p className="font-medium">
        Page {page} sur {pageCount}
      </p>
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <a href={hrefFor(page - 1)} className={link} rel="prev">
              <span aria-hidden="true">←&nbsp;</span>Précédente
            </a>
          </li>
        ) : null}
        {numbers.map((n, i) => (
          <li key={n} className="flex items-center gap-2">
            {i > 0 && n - numbers[i - 1] > 1 ? <span aria-hidden="true">…</span> : null}
            {n === page ? (
              <a
                href={hrefFor(n)}
                aria-current="page"
                className={`${link} border-accent bg-accent font-bold text-white`}
              >
                <span className="sr-only">Page </span>
                {n}
              </a>
            ) : (
              <a href={hrefFor(n)} className={link}>
                <span className="sr-only">Page </span>
                {n}
              </a>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <a href={hrefFor(page + 1)} className={link} rel="next">
              Suivante<span aria-hidden="true">&nbsp;→</span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
