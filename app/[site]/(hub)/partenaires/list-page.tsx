import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import {
  OrganisationDirectory,
  partnerFilterValues,
} from "@/components/organisations/organisation-directory";
import { makeLinks } from "@/components/links";
import { listCampuses } from "@/lib/campuses/queries";
import { pageParam } from "@/lib/filters";
import { parseLenient } from "@/lib/lenient-filters";
import { partnerFiltersSchema } from "@/lib/organisations/filters";
import { getOrganisationKinds, listOrganisationsByKind } from "@/lib/organisations/queries";
import { HUB_SITE_NAME, pageMetadata } from "@/lib/seo/metadata";
import { currentSite } from "@/lib/site/current";
import { hubHref, hubUrl } from "@/lib/site/links";

export async function listMetadata({ searchParams }: PageProps<"/[site]/partenaires">): Promise<Metadata> {
  const site = await currentSite();
  const raw = await searchParams;
  return pageMetadata({
    page: "Partenaires",
    siteName: HUB_SITE_NAME,
    description:
      "L'annuaire des partenaires des campus de Bourgogne-Franche-Comté : institutions, collectivités, branches professionnelles, entreprises, établissements de formation et de recherche.",
    canonical: hubUrl(site, "/partenaires"),
    noIndex: Object.keys(raw).length > 0,
  });
}

export async function ListPage({ searchParams }: PageProps<"/[site]/partenaires">) {
  const site = await currentSite();
  const [raw, campuses, kinds] = await Promise.all([searchParams, listCampuses(), getOrganisationKinds()]);
  const { value: filters } = parseLenient(partnerFiltersSchema, raw);
  const directory = await listOrganisationsByKind(filters, { page: pageParam.parse(raw.page) });
  return (
    <Container>
      <Breadcrumbs items={[{ href: hubHref(site, "/"), label: "Accueil" }, { label: "Partenaires" }]} />
      <PageHeading
        title="Les partenaires des campus"
        lead="Institutions, collectivités, branches professionnelles, entreprises, établissements de formation et de recherche qui font vivre les campus."
      />
      <OrganisationDirectory
        directory={directory}
        kinds={kinds}
        campuses={campuses}
        values={partnerFilterValues(filters)}
        links={makeLinks(site, null)}
        path={hubHref(site, "/partenaires")}
        query={filters.q}
      />
    </Container>
  );
}
