import { hubListMetadata } from "@/lib/seo/hub-page";
import { HubPage } from "@/components/layout/hub-page";
import { FormationCatalogue } from "@/components/formations/formation-catalogue";
import { makeLinks } from "@/components/links";
import { formationFiltersSchema } from "@/lib/formations/filters";
import { getFormationFilterOptions, listFormations } from "@/lib/formations/queries";
import { loadHubList } from "@/lib/site/hub-list";
import { hubHref } from "@/lib/site/links";
import { catalogueIntro } from "@/components/formations/catalogue-intro";

export const listMetadata = hubListMetadata({
  name: "Formations",
  path: "/formations",
  description:
    "Le catalogue des formations des campus de Bourgogne-Franche-Comté\u00A0: diplôme, niveau, modalité, lieu, établissement.",
});

export async function ListPage({ searchParams }: PageProps<"/[site]/formations">) {
  const { site, filters, campuses, options, result } = await loadHubList(
    searchParams,
    formationFiltersSchema,
    {
      options: getFormationFilterOptions,
      page: listFormations,
    },
  );
  return (
    <HubPage
      site={site}
      crumb="Formations"
      title="Les formations des campus"
      lead={catalogueIntro(options, "des campus")}
    >
      <FormationCatalogue
        filters={filters}
        options={options}
        result={result}
        campuses={campuses}
        showCampusFilter
        links={makeLinks(site, null)}
        path={hubHref(site, "/formations")}
      />
    </HubPage>
  );
}
