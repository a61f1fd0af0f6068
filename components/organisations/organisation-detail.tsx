import type { OrganisationDetail as OrganisationDetailDto } from "@/lib/organisations/queries";
import {
  CAMPUS_ORGANISATION_ROLE_LABELS,
  COUNCIL_COLLEGE_LABELS,
  LEGAL_FORM_LABELS,
  ORGANISATION_KIND_LABELS,
  ROLE_LABELS,
} from "@/lib/labels";
import { departementLabel } from "@/lib/map/departements";
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { SummaryList } from "@/components/ui/summary-list";
import { EmptyState } from "@/components/ui/empty-state";
import { Breadcrumbs, type Crumb } from "@/components/layout/breadcrumbs";
import { Markdown } from "@/components/markdown";
import { ActionCardList } from "@/components/actions/action-card";
import { FormationCardList } from "@/components/formations/formation-card";
import { PlatformCardList } from "@/components/platforms/platform-card";
import { FundingTable } from "@/components/fundings/funding-table";
import type { Links } from "@/components/links";
import type { PublicImage } from "@/lib/media/queries";
import { Logo } from "@/components/media/logo";
import { fr } from "@/lib/text/typography";

/** An organisation's page: its campuses and roles, actions, formations, PFT and fundings. */
export function OrganisationDetail({
  organisation: o,
  links,
  breadcrumbs,
  logo,
}: {
  organisation: OrganisationDetailDto;
  links: Links;
  breadcrumbs: Crumb[];
  /** Its uploaded logo, if any (nothing is shown without one). */
  logo?: PublicImage;
}) {
  const isEmpty =
    !o.campusRoles.length &&
    !o.porteurOf.length &&
    !o.actions.length &&
    !o.formations.length &&
    !o.platforms.length &&
    !o.fundings.length;
  return (
    <Container>
      <Breadcrumbs items={breadcrumbs} />
      <PageHeading eyebrow={ORGANISATION_KIND_LABELS[o.kind]} title={o.name} />
      <Logo image={logo} className="mb-6" isAboveTheFold />
      <SummaryList
        className="mb-8 max-w-3xl"
        items={[
          { label: "Sigle", value: o.acronym && o.acronym !== o.name ? o.acronym : null },
          { label: "Type", value: ORGANISATION_KIND_LABELS[o.kind] },
          { label: "Ville", value: o.city },
          { label: "Département", value: o.departement ? departementLabel(o.departement) : null },
          {
            label: "Site web",
            value: o.website ? (
              <a href={o.website} rel="external noopener">
                {o.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
              </a>
            ) : null,
          },
        ]}
      />
      {o.description ? <Markdown className="mb-8">{o.description}</Markdown> : null}
      {o.porteurOf.length || o.campusRoles.length || o.people.length ? (
        <Section id="campus" title="Auprès des campus">
          <ul className="flex flex-col gap-4">
            {o.porteurOf.map((p) => (
              <li key={`porteur-${p.campus.slug}`} className="max-w-prose">
                <a href={links.campusPage(p.campus.slug)} className="font-semibold">
                  {p.campus.fullName}
                </a>
                &nbsp;: structure porteuse ({LEGAL_FORM_LABELS[p.legalForm]}).
              </li>
            ))}
            {o.campusRoles
              .filter(
                (r) =>
                  !(
                    r.roles.length === 1 &&
                    r.roles[0] === "STRUCTURE_PORTEUSE" &&
                    o.porteurOf.some((p) => p.campus.slug === r.campus.slug)
                  ),
              )
              .map((r) => (
                <li key={r.campus.slug} className="max-w-prose">
                  <a href={links.campusPage(r.campus.slug)} className="font-semibold">
                    {r.campus.fullName}
                  </a>
                  &nbsp;:{" "}
                  {r.roles.map((role) => CAMPUS_ORGANISATION_ROLE_LABELS[role].toLowerCase()).join(", ")}
                  {r.councilCollege
                    ? ` (collège ${COUNCIL_COLLEGE_LABELS[r.councilCollege].toLowerCase()})`
                    : ""}
                  .{r.note ? <p className="text-muted">{fr(r.note)}</p> : null}
                </li>
              ))}
            {o.people.map((p, i) => (
              <li key={`role-${i}`} className="max-w-prose">
                <span className="font-semibold">{ROLE_LABELS[p.role]}</span>
                {p.campus ? (
                  <>
                    {" "}
                    du <a href={links.campusPage(p.campus.slug)}>{p.campus.shortName}</a>
                  </>
                ) : null}
                {p.personName ? `\u00A0: ${p.personName}` : ""}
                {p.note ? <p className="text-muted">{fr(p.note)}</p> : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {o.actions.length ? (
        <Section id="actions" title={`Actions avec ${o.acronym ?? "cette organisation"}`}>
          <ActionCardList actions={o.actions} links={links} />
        </Section>
      ) : null}
      {o.formations.length ? (
        <Section id="formations" title="Formations dispensées">
          <FormationCardList formations={o.formations} links={links} />
        </Section>
      ) : null}
      {o.platforms.length ? (
        <Section id="plateformes" title="Plateformes technologiques hébergées">
          <PlatformCardList platforms={o.platforms} links={links} headingLevel={3} />
        </Section>
      ) : null}
      {o.fundings.length ? (
        <Section id="financements" title="Financements accordés">
          <FundingTable
            caption={`Financements accordés par ${o.name}`}
            partyLabel="Bénéficiaire"
            fundings={o.fundings}
            party={(f) =>
              f.platform ? (
                <a href={links.platform(f.platform.slug)}>{fr(f.platform.name)}</a>
              ) : f.campus ? (
                <a href={links.campusPage(f.campus.slug)}>{f.campus.shortName}</a>
              ) : (
                "Campus de la région"
              )
            }
          />
        </Section>
      ) : null}
      {isEmpty ? (
        <EmptyState title="Aucune action, formation ou plateforme technologique publiée n’est liée à cette organisation pour le moment." />
      ) : null}
    </Container>
  );
}
