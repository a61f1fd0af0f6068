import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { kindFromCode, SearchForm, SearchPrompt, SearchResults } from "@/components/search/search-results";
import { makeLinks } from "@/components/links";
import { pageParam, queryText } from "@/lib/filters";
import { searchSite } from "@/lib/search/queries";
import { HUB_SITE_NAME, pageMetadata } from "@/lib/seo/metadata";
import { currentSite } from "@/lib/site/current";
import { hubHref, hubUrl } from "@/lib/site/links";

function readQuery(raw: Record<string, string | string[] | undefined>) {
  const value = Array.isArray(raw.q) ? raw.q[0] : raw.q;
  const parsed = queryText.safeParse((value ?? "").trim());
  return parsed.success ? parsed.data : (value ?? "").trim().slice(0, 200);
}

export async function listMetadata({ searchParams }: PageProps<"/[site]/recherche">): Promise<Metadata> {
  const site = await currentSite();
  const raw = await searchParams;
  const q = readQuery(raw);
  return pageMetadata({
    page: q ? `Recherche «\u202F${q}\u202F»` : "Recherche",
    siteName: HUB_SITE_NAME,
    description:
      "Rechercher parmi les actions, formations, partenaires et plateformes technologiques des campus de Bourgogne-Franche-Comté.",
    canonical: hubUrl(site, "/recherche"),
    noIndex: true,
  });
}

export async function ListPage({ searchParams }: PageProps<"/[site]/recherche">) {
  const site = await currentSite();
  const raw = await searchParams;
  const q = readQuery(raw);
  const kind = kindFromCode(Array.isArray(raw.type) ? raw.type[0] : raw.type);
  const links = makeLinks(site, null);
  const path = hubHref(site, "/recherche");
  const response = q ? await searchSite({ query: q, kind, page: pageParam.parse(raw.page) }) : null;
  return (
    <Container>
      <Breadcrumbs items={[{ href: hubHref(site, "/"), label: "Accueil" }, { label: "Recherche" }]} />
      <PageHeading
        title="Rechercher sur le portail"
        lead="Dans les actions, les formations, les partenaires et les plateformes technologiques des six campus."
      />
      <SearchForm action={path} query={q} kind={kind} label="Votre recherche" />
      {response ? (
        <SearchResults response={response} kind={kind} links={links} path={path} />
      ) : (
        <SearchPrompt links={links} />
      )}
    </Container>
  );
}
