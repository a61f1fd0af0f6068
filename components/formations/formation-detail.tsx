import type { FormationDetail as FormationDetailDto } from "@/lib/formations/queries";
import { DIPLOMA_LABELS, FORMATION_STATE_LABELS, LEVEL_LABELS, MODALITY_LABELS } from "@/lib/labels";
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { SummaryList } from "@/components/ui/summary-list";
import { Breadcrumbs, type Crumb } from "@/components/layout/breadcrumbs";
import { Markdown } from "@/components/markdown";
import { ActionCardList } from "@/components/actions/action-card";
import type { Links } from "@/components/links";
import { formationPlace } from "./formation-card";
import { fr } from "@/lib/text/typography";
import { formatDate } from "@/lib/text/format";

/** The national record of an RNCP code ("RNCP35316" or "35316") on France compétences. */
export function rncpUrl(code: string): string {
  return `https://www.francecompetences.fr/recherche/rncp/${code.replace(/^RNCP/i, "")}/`;
}

/**
 * A formation's page (hub or sub-site): where it is taught, its level and
 * diploma, how to follow it, the campus to contact, the national references
 * when the record has a code, its description and the actions it is part of.
 * What the record does not say is not shown.
 */
export function FormationDetail({
  formation: f,
  links,
  breadcrumbs,
}: {
  formation: FormationDetailDto;
  links: Links;
  breadcrumbs: Crumb[];
}) {
  const place = formationPlace(f);
  const where =
    f.establishment || place ? (
      <>
        {f.establishment ? (
          <a href={links.organisation(f.establishment.slug)}>{fr(f.establishment.name)}</a>
        ) : null}
        {f.establishment && place ? ", " : null}
        {place}
      </>
    ) : null;
  return (
    <Container>
      <Breadcrumbs items={breadcrumbs} />
      <article>
        <PageHeading
          eyebrow={DIPLOMA_LABELS[f.diploma]}
          title={f.title}
          lead={[f.level ? LEVEL_LABELS[f.level] : null, place].filter(Boolean).join(" · ") || undefined}
        />
        <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
          <SummaryList
            className="mb-8 self-start"
            items={[
              { label: "Où", value: where },
              { label: "Diplôme", value: DIPLOMA_LABELS[f.diploma] },
              { label: "Niveau", value: f.level ? (LEVEL_LABELS[f.level] ?? `Niveau ${f.level}`) : null },
              {
                label: "Modalités",
                value: f.modalities.length ? f.modalities.map((m) => MODALITY_LABELS[m]).join(", ") : null,
              },
              { label: "Durée", value: f.duration },
              { label: "Admission", value: f.admission },
              { label: "Prochaine rentrée", value: f.nextSession },
              { label: "État", value: f.state === "OUVERTE" ? null : FORMATION_STATE_LABELS[f.state] },
              {
                label: "Candidater",
                value: f.applicationUrl ? (
                  <a href={f.applicationUrl} rel="external noopener">
                    {applicationLabel(f.applicationUrl)}
                  </a>
                ) : null,
              },
              {
                label: "Références nationales",
                value:
                  f.rncp || f.cfd ? (
                    <ul>
                      {f.rncp ? (
                        <li>
                          <a href={rncpUrl(f.rncp)} rel="external noopener">
                            Fiche {f.rncp} du répertoire national (France compétences)
                          </a>
                        </li>
                      ) : null}
                      {f.cfd ? (
                        <li>
                          Code formation diplôme {f.cfd} ·{" "}
                          <a
                            href={`https://www.onisep.fr/recherche?context=formation&text=${encodeURIComponent(f.title)}`}
                            rel="external noopener"
                          >
                            chercher cette formation sur l’ONISEP
                          </a>
                        </li>
                      ) : null}
                    </ul>
                  ) : null,
              },
            ]}
          />
          {f.campuses.length ? (
            <aside
              aria-labelledby="campus-contact"
              className="rounded-lg border border-line bg-accent-tint p-5"
            >
              <h2 id="campus-contact" className="mb-2 text-xl font-bold">
                {f.campuses.length > 1 ? "Les campus et leur contact" : "Le campus et son contact"}
              </h2>
              <ul className="flex flex-col gap-3">
                {f.campuses.map((c) => {
                  const email = f.contacts.find((x) => x.slug === c.slug)?.email;
                  return (
                    <li key={c.slug}>
                      <a href={links.campusPage(c.slug)} className="font-semibold">
                        {c.fullName}
                      </a>
                      {email ? (
                        <p>
                          Courriel&nbsp;: <a href={`mailto:${email}`}>{email}</a>
                        </p>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </aside>
          ) : null}
        </div>
        {f.description.trim() ? (
          <Section id="presentation" title="Présentation">
            <Markdown>{f.description}</Markdown>
          </Section>
        ) : null}
        {f.actions.length ? (
          <Section id="actions-liees" title="Actions liées à cette formation">
            <ActionCardList actions={f.actions} links={links} />
          </Section>
        ) : null}
        <p className="mt-8 text-sm text-muted">Fiche mise à jour le {formatDate(f.updatedAt)}.</p>
      </article>
    </Container>
  );
}

function applicationLabel(url: string): string {
  if (/parcoursup/i.test(url)) return "Candidater sur Parcoursup";
  if (/affelnet|affectation/i.test(url)) return "Demander une affectation (Affelnet)";
  return "Comment candidater";
}
