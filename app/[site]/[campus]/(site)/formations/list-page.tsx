import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { FormationCatalogue } from "@/components/formations/formation-catalogue";
import { makeLinks } from "@/components/links";
import { getCampus, listCampuses } from "@/lib/campuses/queries";
import { formationFiltersSchema } from "@/lib/formations/filters";
import { getFormationFilterOptions, listFormations } from "@/lib/formations/queries";
import { readListRequest } from "@/lib/lenient-filters";
import { campusListMetadata } from "@/lib/seo/campus-page";
import { currentSite } from "@/lib/site/current";
import { campusHref } from "@/lib/site/links";
import { catalogueIntro } from "@/components/formations/catalogue-intro";

export const listMetadata = campusListMetadata({
  name: "Formations",
  path: "/formations",
  description: (campus) => `Les formations du ${campus.fullName}.`,
});

export async function ListPage({ params, searchParams }: PageProps<"/[site]/[campus]/formations">) {
  const { campus: slug } = await params;
  const site = await currentSite();
  const [campus, { filters: parsed, page }] = await Promise.all([
    getCampus(slug),
    readListRequest(searchParams, formationFiltersSchema),
  ]);
  if (!campus) notFound();
  const filters = { ...parsed, campus: [] };
  const [campuses, options, result] = await Promise.all([
    listCampuses(),
    getFormationFilterOptions(campus.slug),
    listFormations(filters, { page, scope: campus.slug }),
  ]);
  return (
    <Container>
      <Breadcrumbs
        items={[{ href: campusHref(site, campus.slug), label: campus.shortName }, { label: "Formations" }]}
      />
      <PageHeading
        eyebrow={campus.shortName}
        title={`Les formations du ${campus.shortName}`}
        lead={catalogueIntro(options, `du campus (${campus.sectors.join(", ")})`)}
      />
      <FormationCatalogue
        filters={filters}
        options={options}
        result={result}
        campuses={campuses}
        showCampusFilter={false}
        links={makeLinks(site, campus.slug)}
        path={campusHref(site, campus.slug, "/formations")}
      />
    </Container>
  );
}
