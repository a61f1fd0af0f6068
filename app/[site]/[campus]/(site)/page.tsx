import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { SummaryList } from "@/components/ui/summary-list";
import { EmptyState } from "@/components/ui/empty-state";
import { Markdown } from "@/components/markdown";
import { KeyFigures } from "@/components/campuses/key-figures";
import { ActionCardList } from "@/components/actions/action-card";
import { JsonLd } from "@/components/seo/json-ld";
import { campusData } from "@/components/seo/structured-data";
import { makeLinks } from "@/components/links";
import { listLatestActions } from "@/lib/actions/queries";
import { getLogos } from "@/lib/media/queries";
import { Logo } from "@/components/media/logo";
import { getCampus, getKeyFigures, listCampusReportYears } from "@/lib/campuses/queries";
import { LEGAL_FORM_LABELS, ROLE_LABELS, SOCIAL_NETWORK_LABELS } from "@/lib/labels";
import { describe } from "@/lib/seo/metadata";
import { campusPageMetadata } from "@/lib/seo/campus-page";
import { currentSite } from "@/lib/site/current";
import { campusHref } from "@/lib/site/links";
import { fr } from "@/lib/text/typography";
import { formatCount, plural } from "@/lib/text/plural";
import { getFreshness } from "@/lib/freshness/queries";
import { DataNote } from "@/components/ui/data-note";

export const generateMetadata = campusPageMetadata({
  name: "Accueil",
  path: "/",
  description: (campus) =>
    describe(`${campus.fullName} (${campus.sectors.join(", ")}). ${campus.presentation}`),
});

export default async function CampusHomePage({ params }: PageProps<"/[site]/[campus]">) {
  const { campus: slug } = await params;
  const site = await currentSite();
  const campus = await getCampus(slug);
  if (!campus) notFound();
  const [figures, latest, years, freshness, logos] = await Promise.all([
    getKeyFigures(campus.slug),
    listLatestActions(4, campus.slug),
    listCampusReportYears(campus.slug),
    getFreshness(campus.slug),
    getLogos("CAMPUS", [campus.id]),
  ]);
  // A role with neither a name, an organisation nor a note says nothing: it is not listed.
  const roles = campus.roles.filter((r) => r.personName || r.organisation || r.note);
  const links = makeLinks(site, campus.slug);
  const here = (path: string) => campusHref(site, campus.slug, path);
  return (
    <Container>
      <JsonLd data={campusData(site, campus)} />
      <div className="mb-10 rounded-lg border-t-8 border-accent bg-accent-tint px-5 py-6 sm:px-8">
        <Logo image={logos[campus.id]} className="mb-4" isAboveTheFold />
        <PageHeading
          eyebrow={`CMQ ${campus.acronym} · labellisé en ${campus.labelYear}`}
          title={campus.fullName}
          lead={campus.sectors.join(" · ")}
        />
        <DataNote freshness={freshness} className="-mt-4" />
        <KeyFigures
          figures={figures}
          title="Le campus en chiffres"
          headingId="chiffres-cles"
          reportYear={freshness.reportYear}
          compact
          hrefs={{
            actions: here("/actions"),
            formations: here("/formations"),
            partners: here("/partenaires"),
            platforms: here("/plateformes"),
          }}
        />
      </div>
      <div className="grid gap-10 lg:grid-cols-[1fr_20rem]">
        <div>
          <Section id="presentation" title="Présentation">
            <Markdown>{campus.presentation}</Markdown>
          </Section>
          {campus.axes.length ? (
            <Section id="axes" title="Objectifs et axes">
              <ol className="list-decimal space-y-2 pl-6">
                {campus.axes.map((a) => (
                  <li key={a.key}>
                    {/* Some descriptions restate the title: then the description alone says it all. */}
                    {a.description && a.description.startsWith(a.title) ? (
                      a.description
                    ) : (
                      <>
                        <span className="font-medium">{fr(a.title)}</span>
                        {a.description ? <p className="text-muted">{fr(a.description)}</p> : null}
                      </>
                    )}
                  </li>
                ))}
              </ol>
            </Section>
          ) : null}
          {campus.strategy.trim() ? (
            <Section id="strategie" title="Stratégie">
              <Markdown>{campus.strategy}</Markdown>
            </Section>
          ) : null}
          <Section id="organisation" title="Organisation">
            <SummaryList
              items={[
                {
                  label: "Structure porteuse",
                  value: campus.porteur ? (
                    <a href={links.organisation(campus.porteur.slug)}>{fr(campus.porteur.name)}</a>
                  ) : null,
                },
                { label: "Forme juridique", value: LEGAL_FORM_LABELS[campus.legalForm] },
                {
                  label: "Évolution prévue",
                  value:
                    campus.plannedChange ??
                    (campus.plannedLegalForm
                      ? `Vers\u00A0: ${LEGAL_FORM_LABELS[campus.plannedLegalForm]}`
                      : null),
                },
                ...roles.map((r) => ({
                  label: ROLE_LABELS[r.role],
                  value: (
                    <>
                      {r.personName ? <span className="font-medium">{fr(r.personName)}</span> : null}
                      {!r.personName && r.organisation ? (
                        <>
                          Assuré par{" "}
                          <a href={links.organisation(r.organisation.slug)}>{fr(r.organisation.name)}</a>
                        </>
                      ) : null}
                      {r.note ? <p className="text-sm text-muted">{fr(r.note)}</p> : null}
                    </>
                  ),
                })),
              ]}
            />
            {campus.governanceNotes.trim() ? (
              <Markdown className="mt-4">{campus.governanceNotes}</Markdown>
            ) : null}
          </Section>
        </div>
        <aside aria-labelledby="contact" className="flex flex-col gap-6">
          <section className="rounded-lg border border-line bg-accent-tint p-5">
            <h2 id="contact" className="mb-2 text-xl font-bold">
              Contact
            </h2>
            <p>
              Courriel&nbsp;: <a href={`mailto:${campus.email}`}>{campus.email}</a>
            </p>
            {campus.socialLinks.length ? (
              <>
                <p className="mt-3 font-semibold">Le campus en ligne</p>
                <ul className="mt-1 flex flex-col gap-1">
                  {campus.socialLinks.map((l) => (
                    <li key={l.network}>
                      <a href={l.url} rel="external noopener">
                        {SOCIAL_NETWORK_LABELS[l.network]}
                        <span className="sr-only"> du {campus.shortName}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
          <section aria-labelledby="suivre" className="rounded-lg border border-line p-5">
            <h2 id="suivre" className="mb-2 text-xl font-bold">
              Suivre le campus
            </h2>
            <ul className="flex flex-col gap-1">
              <li>
                <a href={here("/actualites.xml")} type="application/atom+xml">
                  Flux des actions du campus (Atom)
                </a>
              </li>
              <li>
                <a href={here("/agenda.ics")} type="text/calendar">
                  Agenda du campus (iCalendar)
                </a>
              </li>
            </ul>
          </section>
          {years.length ? (
            <section aria-labelledby="bilans" className="rounded-lg border border-line p-5">
              <h2 id="bilans" className="mb-2 text-xl font-bold">
                Bilans annuels
              </h2>
              <ul className="flex flex-col gap-1">
                {years.map((y) => (
                  <li key={y}>
                    <a href={here(`/bilan/${y}`)}>Bilan {y} du campus</a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </div>
      <Section id="dernieres-actions" title="Actions du campus" className="mt-12">
        {latest.length ? (
          <ActionCardList actions={latest} links={links} showCampuses={false} />
        ) : (
          <EmptyState title="Ce campus n’a pas encore publié d’action." />
        )}
        {figures.actions > 0 ? (
          <p className="mt-6">
            <a href={here("/actions")} className="font-semibold">
              {figures.actions === 1
                ? `Voir l’action du ${campus.shortName}`
                : `Voir les ${formatCount(figures.actions, plural("action"))} du ${campus.shortName}`}
            </a>
          </p>
        ) : null}
      </Section>
    </Container>
  );
}
