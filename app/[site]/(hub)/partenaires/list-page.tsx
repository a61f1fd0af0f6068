import { hubListMetadata } from "@/lib/seo/hub-page";
import { HubPage } from "@/components/layout/hub-page";
import {
  OrganisationDirectory,
  partnerFilterValues,
} from "@/components/organisations/organisation-directory";
import { makeLinks } from "@/components/links";
import { partnerFiltersSchema } from "@/lib/organisations/filters";
import { getOrganisationKinds, listOrganisationsByKind } from "@/lib/organisations/queries";
import { loadHubList } from "@/lib/site/hub-list";
import { hubHref } from "@/lib/site/links";

export const listMetadata = hubListMetadata({
  name: "Partenaires",
  path: "/partenaires",
  description:
    "L’annuaire des partenaires des campus de Bourgogne-Franche-Comté\u00A0: institutions, collectivités, branches professionnelles, entreprises, établissements de formation et de recherche.",
});

export async function ListPage({ searchParams }: PageProps<"/[site]/partenaires">) {
  const {
    site,
    filters,
    campuses,
    options: kinds,
    result: directory,
  } = await loadHubList(searchParams, partnerFiltersSchema, {
    options: getOrganisationKinds,
    page: listOrganisationsByKind,
  });
  return (
    <HubPage
      site={site}
      crumb="Partenaires"
      title="Les partenaires des campus"
      lead="Institutions, collectivités, branches professionnelles, entreprises, établissements de formation et de recherche qui font vivre les campus."
    >
      <OrganisationDirectory
        directory={directory}
        kinds={kinds}
        campuses={campuses}
        values={partnerFilterValues(filters)}
        links={makeLinks(site, null)}
        path={hubHref(site, "/partenaires")}
        query={filters.q}
      />
    </HubPage>
  );
}
