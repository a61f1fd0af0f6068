import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { Card } from "@/components/ui/card";
import { fr } from "@/lib/text/typography";
import { EmptyState } from "@/components/ui/empty-state";
import { CampusCard } from "@/components/campuses/campus-card";
import { KeyFigures } from "@/components/campuses/key-figures";
import { ActionCardList } from "@/components/actions/action-card";
import { makeLinks } from "@/components/links";
import { getKeyFigures, listCampuses } from "@/lib/campuses/queries";
import { listLatestActions } from "@/lib/actions/queries";
import { getFreshness } from "@/lib/freshness/queries";
import { DataNote } from "@/components/ui/data-note";
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

/** Ways in by audience, each to a list already filtered for them. */
const AUDIENCE_ENTRIES: { id: string; title: string; links: [path: string, label: string][] }[] = [
  {
    id: "eleves",
    title: "Collégien·ne, lycéen·ne ou parent",
    links: [
      [
        "/formations?level=3&level=4&level=5",
        "Les formations après la 3e ou le bac\u00A0: CAP, bac pro, BTS",
      ],
      [
        "/actions?public=collegiens&public=lyceens&public=parents",
        "Découvrir les métiers\u00A0: forums, visites, salons",
      ],
    ],
  },
  {
    id: "etudiants",
    title: "Étudiant·e ou adulte",
    links: [
      [
        "/formations?level=5&level=6&level=7&level=8",
        "Les formations après le bac\u00A0: BTS, licences, diplômes d’université",
      ],
      [
        "/formations?modality=apprentissage&modality=contrat_professionnalisation&modality=formation_continue",
        "Se former en alternance ou en formation continue",
      ],
    ],
  },
  {
    id: "entreprises",
    title: "Entreprise",
    links: [
      ["#les-six-campus", "Trouver le campus de votre filière et son contact"],
      ["/actions?public=entreprises", "Les actions ouvertes aux entreprises"],
      ["/plateformes", "Les plateformes technologiques à votre service"],
    ],
  },
  {
    id: "enseignants",
    title: "Établissement ou enseignant·e",
    links: [
      ["/actions?public=lyceens", "Les actions des campus pour vos lycéen·nes"],
      ["/actions?public=enseignants", "Les actions pour les équipes pédagogiques"],
      ["/partenaires", "Les partenaires des campus"],
    ],
  },
];

export default async function HubHomePage() {
  const site = await currentSite();
  const [campuses, figures, latest, freshness] = await Promise.all([
    listCampuses(),
    getKeyFigures(),
    listLatestActions(6),
    getFreshness(),
  ]);
  const links = makeLinks(site, null);
  return (
    <Container>
      <PageHeading
        title="Les Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté"
        lead={`${capitalize(countInWords(campuses.length))} réseaux d’établissements, d’entreprises et d’acteurs institutionnels, chacun construit autour d’une filière d’excellence de la région, pour former aux métiers de demain.`}
      />
      <DataNote freshness={freshness} className="-mt-4 mb-8" />
      <Section id="vous-etes" title="Vous êtes…">
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {AUDIENCE_ENTRIES.map((entry) => (
            <li key={entry.id}>
              <Card className="h-full">
                <h3 className="text-lg font-bold leading-snug">{entry.title}</h3>
                <ul className="flex flex-col gap-2">
                  {entry.links.map(([path, label]) => (
                    <li key={path}>
                      <a href={path.startsWith("#") ? path : hubHref(site, path)}>{fr(label)}</a>
                    </li>
                  ))}
                </ul>
              </Card>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="les-six-campus" title={`Les ${countInWords(campuses.length)} campus`} className="mt-12">
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
        reportYear={freshness.reportYear}
        hrefs={{
          actions: hubHref(site, "/actions"),
          formations: hubHref(site, "/formations"),
          partners: hubHref(site, "/partenaires"),
          platforms: hubHref(site, "/plateformes"),
        }}
      />
      <Section
        id="dernieres-actions"
        title={
          latest.every((a) => a.status !== "TERMINEE") ? "Actions en cours et à venir" : "Actions des campus"
        }
        className="mt-12"
      >
        {latest.length ? (
          <ActionCardList actions={latest} links={links} />
        ) : (
          <EmptyState title="Aucune action n’est encore publiée." />
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
