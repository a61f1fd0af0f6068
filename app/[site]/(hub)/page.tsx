import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { EmptyState } from "@/components/ui/empty-state";
import { CampusCard } from "@/components/campuses/campus-card";
import { KeyFigures } from "@/components/campuses/key-figures";
import { ActionCardList } from "@/components/actions/action-card";
import { makeLinks } from "@/components/links";
import { getKeyFigures, listCampuses } from "@/lib/campuses/queries";
import { listLatestActions } from "@/lib/actions/queries";
import { capitalize, countInWords } from "@/lib/dates/format";
import { HUB_DESCRIPTION, HUB_SITE_NAME, pageMetadata } from "@/lib/seo/metadata";
import { currentSite } from "@/lib/site/current";
import { campusHref, hubHref, hubUrl } from "@/lib/site/links";

export async function generateMetadata(): Promise<Metadata> {
  const site = await currentSite();
  return pageMetadata({
    page: "Accueil",
    siteName: HUB_SITE_NAME,
    description: HUB_DESCRIPTION,
    canonical: hubUrl(site, "/"),
  });
}

export default async function HubHomePage() {
  const site = await currentSite();
  const [campuses, figures, latest] = await Promise.all([
    listCampuses(),
    getKeyFigures(),
    listLatestActions(6),
  ]);
  const links = makeLinks(site, null);
  return (
    <Container>
      <PageHeading
        title="Les Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté"
        lead={`${capitalize(countInWords(campuses.length))} réseaux d'établissements, d'entreprises et d'acteurs institutionnels, chacun construit autour d'une filière d'excellence de la région, pour former aux métiers de demain.`}
      />
      <Section id="les-six-campus" title={`Les ${countInWords(campuses.length)} campus`}>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {campuses.map((c) => (
            <li key={c.slug}>
              <CampusCard campus={c} href={campusHref(site, c.slug)} />
            </li>
          ))}
        </ul>
      </Section>
      <KeyFigures
        figures={figures}
        hrefs={{
          actions: hubHref(site, "/actions"),
          formations: hubHref(site, "/formations"),
          partners: hubHref(site, "/partenaires"),
          platforms: hubHref(site, "/plateformes"),
        }}
      />
      <Section id="dernieres-actions" title="Dernières actions publiées" className="mt-12">
        {latest.length ? (
          <ActionCardList actions={latest} links={links} />
        ) : (
          <EmptyState title="Aucune action n'est encore publiée." />
        )}
        <p className="mt-6">
          <a href={hubHref(site, "/actions")} className="font-semibold">
            Voir toutes les actions des campus
          </a>
        </p>
      </Section>
      <Section id="pour-aller-plus-loin" title="Pour aller plus loin" className="mt-12">
        <ul className="grid gap-3 sm:grid-cols-2">
          <li>
            <a href={hubHref(site, "/formations")}>
              Trouver une formation par diplôme, niveau, lieu ou établissement
            </a>
          </li>
          <li>
            <a href={hubHref(site, "/carte")}>
              Voir les formations, plateformes et partenaires sur la carte de la région
            </a>
          </li>
          <li>
            <a href={hubHref(site, "/les-cmq")}>
              Comprendre ce que sont les campus et comment ils sont gouvernés
            </a>
          </li>
          <li>
            <a href={hubHref(site, "/financeurs")}>Savoir qui finance les campus, et pour quoi</a>
          </li>
        </ul>
      </Section>
    </Container>
  );
}
