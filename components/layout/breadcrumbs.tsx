/** Where the page sits: links to its parents, the page itself last (not a link). */
import { fr } from "@/lib/text/typography";
import { hubHref, type Site } from "@/lib/site/links";
export type Crumb = { href?: string; label: string };

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  if (items.length < 2) return null;
  return (
    <nav aria-label="Fil d’Ariane" className="no-print mb-6 text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {items.map((item, i) => (
          <li key={i} className="flex items-center gap-2">
            {i > 0 ? (
              <span aria-hidden="true" className="text-muted">
                ›
              </span>
            ) : null}
            {item.href && i < items.length - 1 ? (
              <a href={item.href} className="text-ink">
                {fr(item.label)}
              </a>
            ) : (
              <span aria-current="page">{fr(item.label)}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The trail of a first-level page of the hub: Accueil › the page. */
export function HubPageCrumbs({ site, page }: { site: Site; page: string }) {
  return <Breadcrumbs items={[{ href: hubHref(site, "/"), label: "Accueil" }, { label: page }]} />;
}
