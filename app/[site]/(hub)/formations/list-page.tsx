import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { FormationCatalogue } from "@/components/formations/formation-catalogue";
import { makeLinks } from "@/components/links";
import { listCampuses } from "@/lib/campuses/queries";
import { pageParam } from "@/lib/filters";
import { formationFiltersSchema } from "@/lib/formations/filters";
import { getFormationFilterOptions, listFormations } from "@/lib/formations/queries";
import { parseLenient } from "@/lib/lenient-filters";
import { HUB_SITE_NAME, pageMetadata } from "@/lib/seo/metadata";
import { currentSite } from "@/lib/site/current";
import { hubHref, hubUrl } from "@/lib/site/links";
import { catalogueIntro } from "@/components/formations/catalogue-intro";

export async function listMetadata({ searchParams }: PageProps<"/[site]/formations">): Promise<Metadata> {
  const site = await currentSite();
  const raw = await searchParams;
  return pageMetadata({
    page: "Formations",
    siteName: HUB_SITE_NAME,
    description:
      "Le catalogue des formations des campus de Bourgogne-Franche-Comté : diplôme, niveau, modalité, lieu, établissement.",
    canonical: hubUrl(site, "/formations"),
    noIndex: Object.keys(raw).length > 0,
  });
}

export async function ListPage({ searchParams }: PageProps<"/[site]/formations">) {
  const site = await currentSite();
  const raw = await searchParams;
  const { value: filters } = parseLenient(formationFiltersSchema, raw);
  const [campuses, options, result] = await Promise.all([
    listCampuses(),
    getFormationFilterOptions(),
    listFormations(filters, { page: pageParam.parse(raw.page) }),
  ]);
  return (
    <Container>
      <Breadcrumbs items={[{ href: hubHref(site, "/"), label: "Accueil" }, { label: "Formations" }]} />
      <PageHeading title="Les formations des campus" lead={catalogueIntro(options, "des campus")} />
      <FormationCatalogue
        filters={filters}
        options={options}
        result={result}
        campuses={campuses}
        showCampusFilter
        links={makeLinks(site, null)}
        path={hubHref(site, "/formations")}
      />
    </Container>
  );
}
