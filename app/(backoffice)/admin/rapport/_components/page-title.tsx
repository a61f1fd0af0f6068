import Link from "next/link";

/** The page's single h1 with its breadcrumbs. */
export function ReportPageTitle({ title, lead, crumbs = [] }: { title: string; lead?: React.ReactNode; crumbs?: { href: string; label: string }[] }) {
  return (
    <div className="mb-6 max-w-prose">
      {crumbs.length ? (
        <nav aria-label="Fil d'Ariane" className="mb-2 text-sm">
          <ol className="flex flex-wrap gap-x-2">
            {crumbs.map((c, i) => (
              <li key={c.href} className="flex gap-x-2">
                {i > 0 ? <span aria-hidden="true">›</span> : null}
                <Link href={c.href}>{c.label}</Link>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{title}</h1>
      {lead ? <p className="mt-2 text-muted">{lead}</p> : null}
    </div>
  );
}
