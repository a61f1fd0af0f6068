import Link from "next/link";

/** Numbered pagination with "page N sur M"; keeps the other query parameters. */
export function Pagination({
  page,
  pageCount,
  basePath,
  params,
}: {
  page: number;
  pageCount: number;
  basePath: string;
  params: Record<string, string | undefined>;
}) {
  if (pageCount <= 1) return null;
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
    if (p > 1) q.set("page", String(p));
    const s = q.toString();
    return s ? `${basePath}?${s}` : basePath;
  };
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1).filter(
    (p) => p === 1 || p === pageCount || Math.abs(p - page) <= 2,
  );
  return (
    <nav aria-label="Pagination" className="mt-6">
      <p className="mb-2 text-sm text-muted">
        Page {page} sur {pageCount}
      </p>
      <ul className="flex flex-wrap gap-2">
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} className="inline-block rounded border border-line px-3 py-1">
              Page précédente
            </Link>
          </li>
        ) : null}
        {pages.map((p) => (
          <li key={p}>
            <Link
              href={href(p)}
              aria-current={p === page ? "page" : undefined}
              className="inline-block rounded border border-line px-3 py-1 aria-[current=page]:bg-accent aria-[current=page]:text-white"
            >
              <span className="sr-only">Page </span>
              {p}
            </Link>
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Link href={href(page + 1)} className="inline-block rounded border border-line px-3 py-1">
              Page suivante
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
