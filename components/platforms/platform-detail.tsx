import type { PlatformDetail as PlatformDetailDto } from "@/lib/platforms/queries";
import { departementLabel } from "@/lib/map/departements";
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { SummaryList } from "@/components/ui/summary-list";
import { EmptyState } from "@/components/ui/empty-state";
import { Breadcrumbs, type Crumb } from "@/components/layout/breadcrumbs";
import { Markdown } from "@/components/markdown";
import { ActionCardList } from "@/components/actions/action-card";
import { FundingTable } from "@/components/fundings/funding-table";
import type { Links } from "@/components/links";
import { labelStatus } from "./platform-card";
import { fr } from "@/lib/text/typography";

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
            label: "Structure d’accueil",
            value: p.host ? <a href={links.organisation(p.host.slug)}>{fr(p.host.name)}</a> : null,
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
          <FundingTable
            caption={`Financements de ${p.name}`}
            partyLabel="Financeur"
            fundings={p.fundings}
            party={(f) => <a href={links.organisation(f.funder.slug)}>{fr(f.funder.name)}</a>}
          />
        </Section>
      ) : null}
    </Container>
  );
}
