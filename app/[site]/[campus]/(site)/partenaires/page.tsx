import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { EmptyState } from "@/components/ui/empty-state";
import { ResultCount } from "@/components/ui/result-count";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Markdown } from "@/components/markdown";
import { PartnerList } from "@/components/organisations/partner-list";
import { makeLinks } from "@/components/links";
import { getCampus } from "@/lib/campuses/queries";
import { listCampusInstances } from "@/lib/governance/queries";
import { getCampusPartners } from "@/lib/organisations/queries";
import { CAMPUS_ORGANISATION_ROLE_LABELS, COUNCIL_COLLEGE_LABELS } from "@/lib/labels";
import { currentSite } from "@/lib/site/current";
import { campusPageMetadata } from "@/lib/seo/campus-page";
import { campusHref } from "@/lib/site/links";

/** Plural headings of the directory by role. */
const ROLE_HEADINGS = {
  STRUCTURE_PORTEUSE: "Structure porteuse",
  FINANCEUR: "Financeurs",
  BRANCHE_REFERENCE: "Branches professionnelles de référence",
  PARTENAIRE: "Partenaires",
  CONSEIL_ADMINISTRATION: "Conseil d’administration",
  MEMBRE: "Membres",
  CONSEIL_PERFECTIONNEMENT: CAMPUS_ORGANISATION_ROLE_LABELS.CONSEIL_PERFECTIONNEMENT,
} as const;

export const generateMetadata = campusPageMetadata({
  name: "Partenaires",
  path: "/partenaires",
  description: (campus) =>
    `Les partenaires du ${campus.fullName}\u00A0: structure porteuse, conseil de perfectionnement, financeurs, branches professionnelles, entreprises et établissements.`,
});

export default async function CampusPartnersPage({ params }: PageProps<"/[site]/[campus]/partenaires">) {
  const { campus: slug } = await params;
  const site = await currentSite();
  const campus = await getCampus(slug);
  if (!campus) notFound();
  const [partners, instances] = await Promise.all([
    getCampusPartners(campus.slug),
    listCampusInstances(campus.slug),
  ]);
  const links = makeLinks(site, campus.slug);
  const council = instances.find((i) => i.kind === "CONSEIL_PERFECTIONNEMENT");
  return (
    <Container>
      <Breadcrumbs
        items={[{ href: campusHref(site, campus.slug), label: campus.shortName }, { label: "Partenaires" }]}
      />
      <PageHeading
        eyebrow={campus.shortName}
        title={`Les partenaires du ${campus.shortName}`}
        lead="Les organisations qui portent, financent, conseillent et font vivre le campus."
      />
      <ResultCount
        count={partners.total}
        one="organisation"
        many="organisations"
        none="Aucun partenaire n'est publié pour ce campus."
      />
      <Section id="conseil-de-perfectionnement" title="Conseil de perfectionnement">
        {council ? <Markdown className="mb-4">{council.description}</Markdown> : null}
        {partners.council.length ? (
          partners.council.map((g) => (
            <section
              key={g.college ?? "autres"}
              aria-labelledby={`college-${g.college ?? "autres"}`}
              className="mb-6"
            >
              <h3 id={`college-${g.college ?? "autres"}`} className="mb-2 text-xl font-bold">
                {g.college ? `Collège ${COUNCIL_COLLEGE_LABELS[g.college].toLowerCase()}` : "Autres membres"}{" "}
                ({g.members.length})
              </h3>
              <PartnerList partners={g.members} links={links} showNotes={false} />
            </section>
          ))
        ) : (
          <EmptyState title="La composition du conseil de perfectionnement de ce campus n’est pas publiée." />
        )}
      </Section>
      {partners.byRole
        .filter((g) => g.role !== "CONSEIL_PERFECTIONNEMENT")
        .map((g) => (
          <Section
            key={g.role}
            id={`role-${g.role.toLowerCase()}`}
            title={`${ROLE_HEADINGS[g.role]} (${g.partners.length})`}
          >
            <PartnerList partners={g.partners} links={links} />
          </Section>
        ))}
      {partners.actionPartners.length ? (
        <Section
          id="partenaires-des-actions"
          title={`Autres partenaires des actions (${partners.actionPartners.length})`}
        >
          <PartnerList partners={partners.actionPartners} links={links} />
        </Section>
      ) : null}
      {partners.total === 0 ? <EmptyState title="Ce campus n’a pas encore publié ses partenaires." /> : null}
    </Container>
  );
}
