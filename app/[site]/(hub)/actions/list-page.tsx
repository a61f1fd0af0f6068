import { hubListMetadata } from "@/lib/seo/hub-page";
import { HubPage } from "@/components/layout/hub-page";
import { FilteredPage } from "@/components/ui/filtered-results";
import { ActionCardList } from "@/components/actions/action-card";
import {
  ActionFilterForm,
  actionFilterValues,
  describeActionFilter,
} from "@/components/actions/action-filters";
import { makeLinks } from "@/components/links";
import { actionFiltersSchema } from "@/lib/actions/filters";
import { getActionFilterOptions, listActions } from "@/lib/actions/queries";
import { loadHubList } from "@/lib/site/hub-list";
import { hubHref } from "@/lib/site/links";
import { plural } from "@/lib/text/plural";

export const listMetadata = hubListMetadata({
  name: "Actions",
  path: "/actions",
  description:
    "Les actions des six Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté\u00A0: en cours, projetées et terminées, par campus, public et année.",
});

export async function ListPage({ searchParams }: PageProps<"/[site]/actions">) {
  const { site, filters, campuses, options, result } = await loadHubList(searchParams, actionFiltersSchema, {
    options: getActionFilterOptions,
    page: listActions,
  });
  const links = makeLinks(site, null);
  const path = hubHref(site, "/actions");
  const values = actionFilterValues(filters);
  return (
    <HubPage
      site={site}
      crumb="Actions"
      title="Les actions des campus"
      lead="Ce que font les six campus&nbsp;: rencontres, salons, formations, projets avec les entreprises et les établissements."
    >
      <FilteredPage
        path={path}
        values={values}
        describe={describeActionFilter(options, campuses)}
        form={<ActionFilterForm action={path} values={values} options={options} campuses={campuses} />}
        result={result}
        noun={plural("action")}
        tryNext="Essayez de retirer un filtre, de vérifier l’orthographe des mots-clés ou d’utiliser un mot plus général."
        pagesLabel="Pages de la liste des actions"
      >
        {(actions) => <ActionCardList actions={actions} links={links} query={filters.q} />}
      </FilteredPage>
    </HubPage>
  );
}
