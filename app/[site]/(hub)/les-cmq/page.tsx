import { hubPageMetadata } from "@/lib/seo/hub-page";
import { HubPage } from "@/components/layout/hub-page";
import { Section } from "@/components/ui/section";
import { Table } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";
import { Markdown } from "@/components/markdown";
import { InstanceList } from "@/components/governance/instance-list";
import { makeLinks } from "@/components/links";
import { getCmqOverview } from "@/lib/governance/queries";
import { capitalize, countInWords } from "@/lib/dates/format";
import { LEGAL_FORM_LABELS, ROLE_LABELS } from "@/lib/labels";
import { currentSite } from "@/lib/site/current";
import { slugify } from "@/lib/text/fold";
import { fr } from "@/lib/text/typography";

export const generateMetadata = hubPageMetadata({
  name: "Les CMQ",
  path: "/les-cmq",
  description:
    "Objectifs, gouvernance, coordination régionale, critères de labellisation et perspectives des Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté.",
});

export default async function LesCmqPage() {
  const site = await currentSite();
  const overview = await getCmqOverview();
  const links = makeLinks(site, null);
  // The structured records replace the report's narrative on governance.
  const positioning = overview.positioning.filter((s) => s.title && !/^gouvernance$/i.test(s.title));
  const criteriaTitle =
    overview.criteria.length > 1
      ? `Les ${overview.criteria.length} critères de labellisation`
      : "Les critères de labellisation";
  const projects = overview.newCampuses.length;
  const newCampusesTitle =
    projects > 1
      ? `${capitalize(countInWords(projects))} nouveaux projets de campus`
      : "Nouveaux projets de campus";
  const toc = [
    ...positioning.map((s) => ({ id: slugify(s.title!), title: s.title! })),
    { id: "gouvernance", title: "Gouvernance" },
    { id: "coordination-regionale", title: "Coordination régionale" },
    { id: "structures-porteuses", title: "Structures porteuses" },
    { id: "criteres", title: criteriaTitle },
    { id: "perspectives", title: "Perspectives" },
    { id: "nouveaux-campus", title: newCampusesTitle },
  ];
  return (
    <HubPage
      site={site}
      crumb="Les CMQ"
      title="Les Campus des Métiers et des Qualifications"
      lead={
        <>
          Créés en 2013, les <abbr title="Campus des Métiers et des Qualifications">CMQ</abbr> réunissent
          établissements de formation, entreprises et acteurs institutionnels autour d’une filière
          d’excellence.
          {overview.year ? ` Textes issus du rapport d’activité ${overview.year}.` : ""}
        </>
      }
    >
      <nav aria-labelledby="sommaire" className="no-print mb-10 rounded-lg border border-line bg-subtle p-4">
        <h2 id="sommaire" className="mb-2 text-lg font-bold">
          Sommaire
        </h2>
        <ol className="list-decimal space-y-1 pl-6">
          {toc.map((t) => (
            <li key={t.id}>
              <a href={`#${t.id}`}>{fr(t.title)}</a>
            </li>
          ))}
        </ol>
      </nav>
      {overview.presentation ? <Markdown className="mb-10">{overview.presentation}</Markdown> : null}
      {positioning.map((s) => (
        <Section key={s.title} id={slugify(s.title!)} title={s.title}>
          <Markdown>{s.body}</Markdown>
        </Section>
      ))}
      <Section
        id="gouvernance"
        title="Gouvernance"
        lead={`Au niveau régional, ${overview.regionalInstances.length > 1 ? `${countInWords(overview.regionalInstances.length)} instances` : "les instances"} suivent les campus, avec leurs réunions ci-dessous\u202F; chaque campus s’appuie en outre sur sa structure porteuse.`}
      >
        {overview.regionalInstances.length ? (
          <InstanceList instances={overview.regionalInstances} />
        ) : (
          <EmptyState title="Les instances de gouvernance ne sont pas encore renseignées." />
        )}
      </Section>
      <Section id="coordination-regionale" title="Coordination régionale">
        {overview.coordination.length ? (
          <ul className="flex flex-col gap-4">
            {overview.coordination.map((r) => (
              <li key={r.role} className="max-w-prose">
                <p className="font-semibold">
                  {ROLE_LABELS[r.role]}
                  {r.personName ? `\u00A0: ${r.personName}` : ""}
                  {r.organisation ? (
                    <>
                      {" "}
                      (<a href={links.organisation(r.organisation.slug)}>{fr(r.organisation.name)}</a>)
                    </>
                  ) : null}
                </p>
                {r.note ? <p>{fr(r.note)}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title="La coordination régionale n’est pas encore renseignée." />
        )}
      </Section>
      <Section id="structures-porteuses" title="Structures porteuses">
        <Table id="table-porteurs" caption="Structure porteuse et forme juridique de chaque campus">
          <thead>
            <tr>
              <th scope="col">Campus</th>
              <th scope="col">Structure porteuse</th>
              <th scope="col">Forme juridique</th>
              <th scope="col">Évolution prévue</th>
            </tr>
          </thead>
          <tbody>
            {overview.porteurs.map((p) => (
              <tr key={p.campus.slug}>
                <th scope="row">
                  <a href={links.campusPage(p.campus.slug)}>{p.campus.shortName}</a>
                </th>
                <td>
                  {p.porteur ? (
                    <a href={links.organisation(p.porteur.slug)}>{fr(p.porteur.name)}</a>
                  ) : (
                    "Non renseignée"
                  )}
                </td>
                <td>{LEGAL_FORM_LABELS[p.legalForm]}</td>
                <td>
                  {p.plannedChange ??
                    (p.plannedLegalForm ? `Vers\u00A0: ${LEGAL_FORM_LABELS[p.plannedLegalForm]}` : "Aucune")}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Section>
      <Section
        id="criteres"
        title={criteriaTitle}
        lead="Le nouveau cahier des charges des campus et le positionnement des campus de Bourgogne-Franche-Comté sur chaque critère."
      >
        {overview.criteria.length ? (
          <ol className="flex flex-col gap-6">
            {overview.criteria.map((c) => (
              <li key={c.number} className="rounded-lg border border-line p-5">
                <h3 className="text-xl font-bold">
                  <span className="text-accent">Critère {c.number}</span> — {fr(c.title)}
                </h3>
                <Markdown className="mt-2">{c.body}</Markdown>
              </li>
            ))}
          </ol>
        ) : (
          <EmptyState title="Les critères de labellisation ne sont pas encore publiés." />
        )}
      </Section>
      <Section id="perspectives" title="Perspectives">
        {overview.outlook.length ? (
          overview.outlook.map((s, i) =>
            s.title ? (
              <section key={i} aria-labelledby={`perspective-${slugify(s.title)}`} className="mt-6">
                <h3 id={`perspective-${slugify(s.title)}`} className="mb-2 text-xl font-bold">
                  {s.title}
                </h3>
                <Markdown>{s.body}</Markdown>
              </section>
            ) : (
              <Markdown key={i}>{s.body}</Markdown>
            ),
          )
        ) : (
          <EmptyState title="Les perspectives ne sont pas encore publiées." />
        )}
      </Section>
      <Section id="nouveaux-campus" title={newCampusesTitle}>
        {overview.newCampuses.length ? (
          <ul className="grid gap-4 md:grid-cols-2">
            {overview.newCampuses.map((p) => (
              <li key={p.key} className="rounded-lg border border-line p-5">
                <h3 className="text-xl font-bold">{fr(p.title)}</h3>
                <Markdown className="mt-2">{p.body}</Markdown>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title="Aucun projet de nouveau campus n’est publié." />
        )}
      </Section>
    </HubPage>
  );
}
