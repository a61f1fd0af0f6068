import { Container } from "@/components/ui/container";
import type { CampusSlug } from "@/lib/site/campuses";
import type { Site } from "@/lib/site/links";
import { campusHref, hubHref } from "@/lib/site/links";

/** The French 404: what happened, and where to go from here (search, home, main lists). */
export function NotFoundView({
  site,
  campus = site.hostCampus,
  headingLevel = 1,
}: {
  site: Site;
  campus?: CampusSlug | null;
  headingLevel?: 1;
}) {
  const Heading = `h${headingLevel}` as "h1";
  const home = campus ? campusHref(site, campus) : hubHref(site, "/");
  return (
    <Container>
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">Erreur 404</p>
      <Heading className="mt-2 text-3xl font-bold">Page introuvable</Heading>
      <p className="mt-4 max-w-prose text-lg">
        L’adresse saisie ne correspond à aucune page. Elle a peut-être été déplacée ou supprimée, ou contient
        une faute de frappe.
      </p>
      <div role="search" aria-label="Rechercher la page" className="mt-6 max-w-xl">
        <form method="get" action={hubHref(site, "/recherche")} className="flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1 basis-60">
            <label htmlFor="recherche-404" className="font-medium">
              Chercher ce que vous cherchiez
            </label>
            <input
              id="recherche-404"
              name="q"
              type="search"
              className="mt-1 block min-h-11 w-full rounded border border-muted bg-surface px-3 py-2"
            />
          </div>
          <button
            type="submit"
            className="min-h-11 rounded bg-accent px-4 py-2 font-semibold text-white hover:underline"
          >
            Rechercher
          </button>
        </form>
      </div>
      <ul className="mt-6 list-disc space-y-2 pl-6">
        <li>
          <a href={home}>
            {campus
              ? "Revenir à l’accueil du campus"
              : "Revenir à l’accueil des Campus des Métiers et des Qualifications"}
          </a>
        </li>
        {campus ? (
          <li>
            <a href={hubHref(site, "/")}>Aller à l’accueil régional des campus</a>
          </li>
        ) : null}
        <li>
          <a href={hubHref(site, "/actions")}>Voir les actions des campus</a>
        </li>
        <li>
          <a href={hubHref(site, "/formations")}>Voir les formations</a>
        </li>
        <li>
          <a href={hubHref(site, "/plan-du-site")}>Consulter le plan du site</a>
        </li>
      </ul>
    </Container>
  );
}
