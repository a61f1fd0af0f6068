import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { kindFromCode, SearchForm, SearchPrompt, SearchResults } from "@/components/search/search-results";
import { makeLinks, withQuery } from "@/components/links";
import { getCampus } from "@/lib/campuses/queries";
import { pageParam, queryText } from "@/lib/filters";
import { searchSite } from "@/lib/search/queries";
import { notFoundMetadata, pageMetadata } from "@/lib/seo/metadata";
import { currentSite } from "@/lib/site/current";
import { campusHref, campusUrl, hubHref } from "@/lib/site/links";

function readQuery(raw: Record<string, string | string[] | undefined>) {
  const value = (Array.isArray(raw.q) ? raw.q[0] : raw.q)?.trim() ?? "";
  const parsed = queryText.safeParse(value);
  return parsed.success ? parsed.data : value.slice(0, 200);
}

export async function listMetadata({
  params,
  searchParams,
}: PageProps<"/[site]/[campus]/recherche">): Promise<Metadata> {
  const { campus: slug } = await params;
  const site = await currentSite();
  const [campus, raw] = await Promise.all([getCampus(slug), searchParams]);
  if (!campus) return notFoundMetadata();
  const q = readQuery(raw);
  return pageMetadata({
    page: q ? `Recherche «\u202F${q}\u202F»` : "Recherche",
    siteName: campus.shortName,
    description: `Rechercher parmi les actions, formations, partenaires et plateformes technologiques du ${campus.fullName}.`,
    canonical: campusUrl(site, campus.slug, "/recherche"),
    noIndex: true,
  });
}

/** Search scoped to the campus; a link widens it to all campuses on the hub. */
export async function ListPage({ params, searchParams }: PageProps<"/[site]/[campus]/recherche">) {
  const { campus: slug } = await params;
  const site = await currentSite();
  const [campus, raw] = await Promise.all([getCampus(slug), searchParams]);
  if (!campus) notFound();
  const q = readQuery(raw);
  const kind = kindFromCode(Array.isArray(raw.type) ? raw.type[0] : raw.type);
  const links = makeLinks(site, campus.slug);
  const path = campusHref(site, campus.slug, "/recherche");
  const response = q
    ? await searchSite({ query: q, kind, page: pageParam.parse(raw.page), scope: campus.slug })
    : null;
  const everywhere = withQuery(hubHref(site, "/recherche"), { q });
  return (
    <Container>
      <Breadcrumbs
        items={[{ href: campusHref(site, campus.slug), label: campus.shortName }, { label: "Recherche" }]}
      />
      <PageHeading
        eyebrow={campus.shortName}
        title={`Rechercher dans le ${campus.shortName}`}
        lead="Dans les actions, les formations, les partenaires et les plateformes technologiques de ce campus."
      />
      <SearchForm action={path} query={q} kind={kind} label="Votre recherche dans ce campus" />
      {response ? (
        <SearchResults
          response={response}
          kind={kind}
          links={links}
          path={path}
          scopeNote={
            <p className="mb-4">
              Résultats de ce campus seulement.{" "}
              <a href={everywhere}>Chercher «&#x202F;{q}&#x202F;» dans les six campus</a>.
            </p>
          }
        />
      ) : (
        <SearchPrompt links={links} />
      )}
    </Container>
  );
}
