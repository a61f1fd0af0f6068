import { hubPageMetadata } from "@/lib/seo/hub-page";
import { HubPage } from "@/components/layout/hub-page";
import { Section } from "@/components/ui/section";
import { makeLinks } from "@/components/links";
import { listCampuses } from "@/lib/campuses/queries";
import { getCmqOverview } from "@/lib/governance/queries";
import { ROLE_LABELS } from "@/lib/labels";
import { currentSite } from "@/lib/site/current";
import { getSiteSettings } from "@/lib/settings/queries";
import { PostalAddress } from "@/components/ui/postal-address";
import { fr } from "@/lib/text/typography";

export const generateMetadata = hubPageMetadata({
  name: "Contact",
  path: "/contact",
  description:
    "Écrire à l’un des six Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté, ou à la coordination régionale.",
});

export default async function ContactPage() {
  const site = await currentSite();
  const [campuses, overview, settings] = await Promise.all([
    listCampuses(),
    getCmqOverview(),
    getSiteSettings(),
  ]);
  const links = makeLinks(site, null);
  return (
    <HubPage
      site={site}
      crumb="Contact"
      title="Contacter les campus"
      lead="Chaque campus répond à une adresse électronique de la forme <campus>@cmq-bfc.org. Écrivez au campus de votre filière&nbsp;: il vous orientera."
    >
      <Section id="les-campus" title="Les six campus">
        <ul className="grid gap-4 md:grid-cols-2">
          {campuses.map((c) => (
            <li
              key={c.slug}
              className="rounded-lg border border-line border-l-4 p-4"
              style={{ borderLeftColor: c.color }}
            >
              <h3 className="font-bold">
                <a href={links.campusPage(c.slug)}>{c.fullName}</a>
              </h3>
              <p className="text-sm text-muted">{c.sectors.join(", ")}</p>
              <p className="mt-2">
                Courriel&nbsp;: <a href={`mailto:${c.email}`}>{c.email}</a>
              </p>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="coordination" title="La coordination régionale">
        <div className="max-w-prose space-y-3">
          {overview.coordination.map((r) => (
            <p key={r.role}>
              Le <strong>{ROLE_LABELS[r.role].toLowerCase()}</strong> des campus
              {r.organisation ? (
                <>
                  , rattaché au{" "}
                  <a href={links.organisation(r.organisation.slug)}>{fr(r.organisation.name)}</a>,
                </>
              ) : null}{" "}
              assure la cohérence des actions des campus et la liaison entre eux.
            </p>
          ))}
          {settings.coordinationAddress || settings.contactEmail ? (
            <dl className="space-y-2">
              {settings.coordinationAddress ? (
                <div>
                  <dt className="font-semibold">Adresse postale</dt>
                  <dd>
                    <PostalAddress text={settings.coordinationAddress} />
                  </dd>
                </div>
              ) : null}
              {settings.contactEmail ? (
                <div>
                  <dt className="font-semibold">Courriel</dt>
                  <dd>
                    <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>
                  </dd>
                </div>
              ) : null}
            </dl>
          ) : null}
          <p>
            Pour une question qui concerne plusieurs campus, écrivez à l’un d’entre eux&nbsp;: votre message
            sera transmis à la coordination régionale. Pour une question sur ce site (accessibilité, données
            personnelles), voyez les pages <a href={links.hub("/accessibilite")}>Accessibilité</a> et{" "}
            <a href={links.hub("/donnees-personnelles")}>Données personnelles</a>.
          </p>
        </div>
      </Section>
    </HubPage>
  );
}
