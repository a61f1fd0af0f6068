import type { FormationDetail as FormationDetailDto } from "@/lib/formations/queries";
import { DIPLOMA_LABELS, FORMATION_STATE_LABELS, LEVEL_LABELS, MODALITY_LABELS } from "@/lib/labels";
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { SummaryList } from "@/components/ui/summary-list";
import { EmptyState } from "@/components/ui/empty-state";
import { Breadcrumbs, type Crumb } from "@/components/layout/breadcrumbs";
import { Markdown } from "@/components/markdown";
import { ActionCardList } from "@/components/actions/action-card";
import type { Links } from "@/components/links";
import { formationPlace } from "./formation-card";

/** A formation's page (hub or sub-site): its facts, description and the actions it is part of. */
export function FormationDetail({
  formation: f,
  links,
  breadcrumbs,
}: {
  formation: FormationDetailDto;
  links: Links;
  breadcrumbs: Crumb[];
}) {
  return (
    <Container>
      <Breadcrumbs items={breadcrumbs} />
      <article>
        <PageHeading eyebrow={DIPLOMA_LABELS[f.diploma]} title={f.title} />
        <SummaryList
          className="mb-8 max-w-3xl"
          items={[
            { label: "Diplôme", value: DIPLOMA_LABELS[f.diploma] },
            { label: "Niveau", value: f.level ? (LEVEL_LABELS[f.level] ?? `Niveau ${f.level}`) : null },
            { label: "État", value: FORMATION_STATE_LABELS[f.state] },
            {
              label: "Modalités",
              value: f.modalities.length ? f.modalities.map((m) => MODALITY_LABELS[m]).join(", ") : null,
            },
            {
              label: "Établissement",
              value: f.establishment ? (
                <a href={links.organisation(f.establishment.slug)}>{f.establishment.name}</a>
              ) : null,
            },
            { label: "Lieu", value: formationPlace(f) },
            {
              label: "Campus",
              value: f.campuses.length ? (
                <ul>
                  {f.campuses.map((c) => (
                    <li key={c.slug}>
                      <a href={links.campusPage(c.slug)}>{c.fullName}</a>
                    </li>
                  ))}
                </ul>
              ) : null,
            },
            {
              label: <abbr title="Répertoire national des certifications professionnelles">RNCP</abbr>,
              value: f.rncp,
            },
            { label: "Code formation diplôme", value: f.cfd },
          ]}
        />
        {f.description.trim() ? (
          <Section id="presentation" title="Présentation">
            <Markdown>{f.description}</Markdown>
          </Section>
        ) : null}
        <Section id="actions-liees" title="Actions liées à cette formation">
          {f.actions.length ? (
            <ActionCardList actions={f.actions} links={links} />
          ) : (
            <EmptyState title="Aucune action publiée ne concerne cette formation pour le moment." />
          )}
        </Section>
      </article>
    </Container>
  );
}
