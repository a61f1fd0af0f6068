import Link from "next/link";
import { fr } from "@/lib/text/typography";

export type Crumb = { href: string; label: string };

/**
 * The page's single h1, its breadcrumbs and its main buttons. Titles often
 * carry a record's or a campus's name as stored: typeset here, as on the
 * public pages (lib/text/typography.ts).
 */
export function AdminPageHeader({
  title,
  lead,
  crumbs = [],
  actions,
}: {
  title: React.ReactNode;
  lead?: React.ReactNode;
  crumbs?: Crumb[];
  actions?: React.ReactNode;
}) {
  return (
    <div className="mb-6">
      {crumbs.length ? (
        <nav aria-label="Fil d’Ariane" className="mb-2 text-sm">
          <ol className="flex flex-wrap gap-x-2">
            {crumbs.map((c, i) => (
              <li key={c.href} className="flex gap-x-2">
                {i > 0 ? <span aria-hidden="true">›</span> : null}
                <Link href={c.href}>{fr(c.label)}</Link>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-prose">
          <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{fr(title)}</h1>
          {lead ? <p className="mt-2 text-muted">{fr(lead)}</p> : null}
        </div>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
    </div>
  );
}
