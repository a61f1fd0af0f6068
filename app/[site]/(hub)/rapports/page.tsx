import { hubPageMetadata } from "@/lib/seo/hub-page";
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import { listCampuses } from "@/lib/campuses/queries";
import { listValidatedEditions } from "@/lib/report/queries";
import { editionDateLine } from "@/lib/report/edition-label";
import { currentSite } from "@/lib/site/current";
import { campusHref } from "@/lib/site/links";
import { fr } from "@/lib/text/typography";

export const generateMetadata = hubPageMetadata({
  name: "Rapports d’activité",
  path: "/rapports",
  description:
    "Les rapports d’activité annuels validés des six Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté, à télécharger en PDF, Word ou tableur.",
});

/** The validated annual reports, each downloadable as it was frozen. */
export default async function ReportsPage() {
  const site = await currentSite();
  const [editions, campuses] = await Promise.all([listValidatedEditions(), listCampuses()]);
  return (
    <Container>
      <PageHeading
        title="Rapports d’activité"
        lead="Chaque année, la coordination régionale rassemble l’activité des six campus dans un rapport. Voici les éditions validées, telles qu’elles ont été arrêtées."
      />
      {editions.length === 0 ? (
        <p className="rounded-lg border border-line bg-subtle p-4">
          Aucun rapport d’activité n’a encore été validé.
        </p>
      ) : (
        <ul className="space-y-8">
          {editions.map(({ year, ...edition }) => (
            <li key={year}>
              <section
                aria-labelledby={`rapport-${year}`}
                className="max-w-prose rounded-lg border border-line p-5"
              >
                <h2 id={`rapport-${year}`} className="text-2xl font-bold">
                  Rapport d’activité {year}
                </h2>
                <p className="text-sm text-muted">
                  {fr(editionDateLine({ status: "VALIDATED", validatedBy: null, ...edition }))}
                </p>
                <ul className="mt-3 space-y-1">
                  <li>
                    <a href={`/rapports/${year}.pdf`} download>
                      Télécharger le rapport d’activité {year} (PDF)
                    </a>
                  </li>
                  <li>
                    <a href={`/rapports/${year}.docx`} download>
                      Télécharger le rapport d’activité {year} (Word, DOCX)
                    </a>
                  </li>
                  <li>
                    <a href={`/rapports/${year}.csv`} download>
                      Télécharger les actions {year} (tableur CSV)
                    </a>
                  </li>
                </ul>
                <h3 className="mt-5 text-lg font-bold">Les bilans {year} des campus</h3>
                <ul className="mt-2 grid gap-x-6 gap-y-3 sm:grid-cols-2">
                  {campuses.map((c) => (
                    <li key={c.slug} className="flex flex-col">
                      {/* Each link on its own line, at least 24 px high: targets easy to hit (WCAG 2.5.8). */}
                      <a href={campusHref(site, c.slug, `/bilan/${year}`)} className="inline-block py-0.5">
                        Bilan {year} du {c.shortName}
                      </a>
                      <a
                        href={`/rapports/${year}.pdf?campus=${c.slug}`}
                        download
                        className="inline-block py-1 text-sm"
                      >
                        Télécharger en PDF
                        <span className="sr-only">
                          {" "}
                          le bilan {year} du {c.shortName}
                        </span>
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            </li>
          ))}
        </ul>
      )}
    </Container>
  );
}
