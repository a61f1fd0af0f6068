import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { Chips } from "@/components/ui/chips";
import { ResultCount } from "@/components/ui/result-count";
import { EmptyState } from "@/components/ui/empty-state";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ActionCardList } from "@/components/actions/action-card";
import {
  ActionFilterForm,
  actionFilterValues,
  describeActionFilter,
} from "@/components/actions/action-filters";
import { code, filterChips, hasFilters } from "@/components/filter-chips";
import { makeLinks } from "@/components/links";
import { actionFiltersSchema } from "@/lib/actions/filters";
import { getActionFilterOptions, listCampusActionGroups } from "@/lib/actions/queries";
import { getCampus, listCampuses } from "@/lib/campuses/queries";
import { ACTION_STATUS_GROUP_LABELS } from "@/lib/labels";
import { readListRequest } from "@/lib/lenient-filters";
import { campusListMetadata } from "@/lib/seo/campus-page";
import { currentSite } from "@/lib/site/current";
import { campusHref } from "@/lib/site/links";

export const listMetadata = campusListMetadata({
  name: "Actions",
  path: "/actions",
  description: (campus) => `Les actions du ${campus.fullName}\u00A0: en cours, projetées et terminées.`,
});

export async function ListPage({ params, searchParams }: PageProps<"/[site]/[campus]/actions">) {
  const { campus: slug } = await params;
  const site = await currentSite();
  const [campus, { filters: parsed }] = await Promise.all([
    getCampus(slug),
    readListRequest(searchParams, actionFiltersSchema),
  ]);
  if (!campus) notFound();
  // The campus is the page's scope, not a filter the visitor can change here.
  const filters = { ...parsed, campus: [] };
  const [campuses, options, { groups, total }] = await Promise.all([
    listCampuses(),
    getActionFilterOptions(campus.slug),
    listCampusActionGroups(campus.slug, filters),
  ]);
  const links = makeLinks(site, campus.slug);
  const path = campusHref(site, campus.slug, "/actions");
  const values = actionFilterValues(filters);
  return (
    <Container>
      <Breadcrumbs
        items={[{ href: campusHref(site, campus.slug), label: campus.shortName }, { label: "Actions" }]}
      />
      <PageHeading
        eyebrow={campus.shortName}
        title={`Les actions du ${campus.shortName}`}
        lead="En cours, projetées, puis terminées."
      />
      <div className="grid gap-8 lg:grid-cols-[20rem_1fr]">
        <ActionFilterForm action={path} values={values} options={options} />
        <div>
          <ResultCount
            count={total}
            one="action"
            many="actions"
            none="Aucune action ne correspond à ces critères."
          />
          <Chips
            chips={filterChips(path, values, describeActionFilter(options, campuses))}
            clearHref={path}
          />
          {total === 0 && !hasFilters(values) ? (
            <EmptyState title="Ce campus n’a pas encore publié d’action." />
          ) : null}
          {total > 0 || hasFilters(values)
            ? groups.map((g) => (
                <Section
                  key={g.status}
                  id={`statut-${code(g.status)}`}
                  title={`${ACTION_STATUS_GROUP_LABELS[g.status]} (${g.actions.length})`}
                >
                  {g.actions.length ? (
                    <ActionCardList
                      actions={g.actions}
                      links={links}
                      query={filters.q}
                      showCampuses={false}
                    />
                  ) : (
                    <EmptyState
                      title={`Aucune action ${ACTION_STATUS_GROUP_LABELS[g.status].replace(/^Actions /, "").toLowerCase()} ne correspond à ces critères.`}
                    >
                      {hasFilters(values) ? (
                        <p>
                          Retirez un filtre ou <a href={path}>affichez toutes les actions du campus</a>.
                        </p>
                      ) : null}
                    </EmptyState>
                  )}
                </Section>
              ))
            : null}
        </div>
      </div>
    </Container>
  );
}
