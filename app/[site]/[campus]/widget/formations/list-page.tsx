import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCampus } from "@/lib/campuses/queries";
import { listWidgetFormations, widgetFilters } from "@/lib/opendata/widget";
import { publicUrls } from "@/lib/opendata/urls";
import { currentSite } from "@/lib/site/current";
import { isCampusSlug } from "@/lib/site/campuses";
import { WidgetFormation } from "./widget-formation";
import { formatCount, plural } from "@/lib/text/plural";

export async function listMetadata({
  params,
}: PageProps<"/[site]/[campus]/widget/formations">): Promise<Metadata> {
  const { campus: slug } = await params;
  await currentSite();
  const campus = await getCampus(slug);
  if (!campus) return {};
  return {
    title: `Formations — ${campus.shortName} (module à intégrer)`,
    // The same content has its own pages on the portal: keep this copy out of search engines.
    robots: { index: false, follow: true },
  };
}

/**
 * /<slug>/widget/formations (and /widget/formations on the campus host): the
 * campus's formations for a partner's site, in an iframe. Compact, no
 * cookie, no script of its own, no request elsewhere; links open the
 * portal's formation page in a new tab.
 */
export async function ListPage({ params, searchParams }: PageProps<"/[site]/[campus]/widget/formations">) {
  const { campus: slug } = await params;
  if (!isCampusSlug(slug)) notFound();
  const site = await currentSite();
  const campus = await getCampus(slug);
  if (!campus) notFound();
  const formations = await listWidgetFormations(widgetFilters(slug, await searchParams), site);
  const count = formations.length;

  return (
    <main>
      <h1 className="text-base font-bold leading-snug text-accent">Formations du {campus.shortName}</h1>
      <p className="mt-1 text-xs text-muted">
        {count === 0 ? "Aucune formation" : formatCount(count, plural("formation"))} · les liens s’ouvrent
        dans un nouvel onglet.
      </p>
      {count === 0 ? (
        <p className="mt-3">
          Aucune formation ne correspond pour le moment. Consultez le catalogue complet sur le portail.
        </p>
      ) : (
        <ul className="mt-2 divide-y divide-line border-y border-line">
          {formations.map((f) => (
            <WidgetFormation key={f.id} formation={f} />
          ))}
        </ul>
      )}
      <p className="mt-3 text-xs text-muted">
        Source&nbsp;:{" "}
        <a href={publicUrls.campus(site, slug)} target="_blank" rel="noopener">
          {campus.fullName}
          <span className="sr-only"> (nouvel onglet)</span>
        </a>{" "}
        —{" "}
        <a href={publicUrls.documentation(site)} target="_blank" rel="noopener">
          données ouvertes, Licence Ouverte 2.0<span className="sr-only"> (nouvel onglet)</span>
        </a>
        .
      </p>
    </main>
  );
}
