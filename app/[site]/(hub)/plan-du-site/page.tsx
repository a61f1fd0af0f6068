import { hubPageMetadata } from "@/lib/seo/hub-page";
import { HubPage } from "@/components/layout/hub-page";
import { Section } from "@/components/ui/section";
import { makeLinks } from "@/components/links";
import { listCampuses, listCampusReportYears } from "@/lib/campuses/queries";
import { countPlatforms } from "@/lib/platforms/queries";
import { currentSite } from "@/lib/site/current";
import { fr } from "@/lib/text/typography";

export const generateMetadata = hubPageMetadata({
  name: "Plan du site",
  path: "/plan-du-site",
  description:
    "Toutes les pages du portail des Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté.",
});

export default async function SitemapPage() {
  const site = await currentSite();
  const campuses = await listCampuses();
  const [years, platforms] = await Promise.all([
    Promise.all(campuses.map((c) => listCampusReportYears(c.slug))),
    Promise.all(campuses.map((c) => countPlatforms(c.slug))),
  ]);
  const links = makeLinks(site, null);
  const hub: [string, string][] = [
    ["/", "Accueil"],
    ["/les-cmq", "Les CMQ\u00A0: objectifs, gouvernance, critères, perspectives"],
    ["/actions", "Actions de tous les campus"],
    ["/formations", "Formations"],
    ["/partenaires", "Partenaires"],
    ["/plateformes", "Plateformes technologiques"],
    ["/financeurs", "Financeurs"],
    ["/carte", "Carte"],
    ["/recherche", "Recherche"],
    ["/contact", "Contact"],
    ["/donnees-ouvertes", "Données ouvertes"],
    ["/rapports", "Rapports d’activité annuels"],
  ];
  const legal: [string, string][] = [
    ["/mentions-legales", "Mentions légales"],
    ["/donnees-personnelles", "Données personnelles"],
    ["/accessibilite", "Accessibilité"],
    ["/plan-du-site", "Plan du site"],
  ];
  return (
    <HubPage site={site} crumb="Plan du site" title="Plan du site">
      <Section id="portail-regional" title="Portail régional">
        <ul className="list-disc space-y-1 pl-6">
          {hub.map(([path, label]) => (
            <li key={path}>
              <a href={links.hub(path)}>{fr(label)}</a>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="sites-des-campus" title="Sites des campus">
        <ul className="grid gap-6 md:grid-cols-2">
          {campuses.map((c, i) => (
            <li key={c.slug}>
              <h3 className="mb-1 font-bold">
                <a href={links.campusPage(c.slug)}>{c.fullName}</a>
              </h3>
              <ul className="list-disc space-y-1 pl-6">
                <li>
                  <a href={links.campusPage(c.slug, "/actions")}>Actions du {c.shortName}</a>
                </li>
                <li>
                  <a href={links.campusPage(c.slug, "/formations")}>Formations du {c.shortName}</a>
                </li>
                <li>
                  <a href={links.campusPage(c.slug, "/partenaires")}>Partenaires du {c.shortName}</a>
                </li>
                {platforms[i] > 0 ? (
                  <li>
                    <a href={links.campusPage(c.slug, "/plateformes")}>
                      Plateformes technologiques du {c.shortName}
                    </a>
                  </li>
                ) : null}
                {years[i].map((y) => (
                  <li key={y}>
                    <a href={links.campusPage(c.slug, `/bilan/${y}`)}>
                      Bilan {y} du {c.shortName}
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="informations-legales" title="Informations légales">
        <ul className="list-disc space-y-1 pl-6">
          {legal.map(([path, label]) => (
            <li key={path}>
              <a href={links.hub(path)}>{fr(label)}</a>
            </li>
          ))}
        </ul>
      </Section>
    </HubPage>
  );
}
