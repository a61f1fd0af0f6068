import type { PlatformDetail as PlatformDetailDto } from "@/lib/platforms/queries";
import { FUNDING_KIND_LABELS } from "@/lib/labels";
import { departementLabel } from "@/lib/map/departements";
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { SummaryList } from "@/components/ui/summary-list";
import { EmptyState } from "@/components/ui/empty-state";
import { Table } from "@/components/ui/table";
import { Breadcrumbs, type Crumb } from "@/components/layout/breadcrumbs";
import { Markdown } from "@/components/markdown";
import { ActionCardList } from "@/components/actions/action-card";
import { FundingAmount, FundingPeriod } from "@/components/fundings/funding-amount";
import type { Links } from "@/components/links";
import { labelStatus } from "./platform-card";

/** A plateforme technologique's page: host, campuses, actions that use it, fundings. */
export function PlatformDetail({
  platform: p,
  links,
  breadcrumbs,
}: {
  platform: PlatformDetailDto;
  links: Links;
  breadcrumbs: Crumb[];
}) {
  return (
    <Container>
      <Breadcrumbs items={breadcrumbs} />
      <PageHeading
        eyebrow={<abbr title="Plateforme technologique">PFT</abbr>}
        title={p.acronym && p.acronym !== p.name ? `${p.name} (${p.acronym})` : p.name}
      />
      <SummaryList
        className="mb-8 max-w-3xl"
        items={[
          { label: "Label", value: labelStatus(p.isLabelled) },
          { label: "Domaine", value: p.domain },
          {
            label: "Structure d'accueil",
            value: p.host ? <a href={links.organisation(p.host.slug)}>{p.host.name}</a> : null,
          },
          { label: "Commune", value: p.commune },
          { label: "Département", value: p.departement ? departementLabel(p.departement) : null },
          {
            label: "Campus",
            value: p.campuses.length ? (
              <ul>
                {p.campuses.map((c) => (
                  <li key={c.slug}>
                    <a href={links.campusPage(c.slug)}>{c.fullName}</a>
                  </li>
                ))}
              </ul>
            ) : null,
          },
        ]}
      />
      {p.description.trim() ? (
        <Section id="presentation" title="Présentation">
          <Markdown>{p.description}</Markdown>
        </Section>
      ) : null}
      <Section id="actions" title="Actions avec cette plateforme">
        {p.actions.length ? (
          <ActionCardList actions={p.actions} links={links} />
        ) : (
          <EmptyState title="Aucune action publiée ne mobilise cette plateforme pour le moment." />
        )}
      </Section>
      {p.fundings.length ? (
        <Section id="financements" title="Financements">
          <Table id="table-financements" caption={`Financements de ${p.name}`}>
            <thead>
              <tr>
                <th scope="col">Financeur</th>
                <th scope="col">Nature</th>
                <th scope="col">Montant</th>
                <th scope="col">Années</th>
                <th scope="col">Objet</th>
              </tr>
            </thead>
            <tbody>
              {p.fundings.map((f, i) => (
                <tr key={i}>
                  <th scope="row">
                    <a href={links.organisation(f.funder.slug)}>{f.funder.name}</a>
                  </th>
                  <td>{FUNDING_KIND_LABELS[f.kind]}</td>
                  <td>
                    <FundingAmount {...f} />
                  </td>
                  <td>
                    <FundingPeriod {...f} />
                  </td>
                  <td>{f.purpose}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Section>
      ) : null}
    </Container>
  );
}
