import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlatformDetail } from "@/components/platforms/platform-detail";
import { makeLinks } from "@/components/links";
import { getPlatform } from "@/lib/platforms/queries";
import { HUB_SITE_NAME, describe, notFoundMetadata, pageMetadata } from "@/lib/seo/metadata";
import { currentSite } from "@/lib/site/current";
import { hubHref, hubUrl } from "@/lib/site/links";
import { PRERENDER_PLACEHOLDER } from "@/lib/site/hosts";
/** Rendered on first request, then served from the cache (see PRERENDER_PLACEHOLDER). */
export function generateStaticParams() {
  return [{ slug: PRERENDER_PLACEHOLDER }];
}

export async function generateMetadata({
  params,
}: PageProps<"/[site]/plateformes/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const site = await currentSite();
  const p = await getPlatform(slug);
  if (!p) return notFoundMetadata();
  return pageMetadata({
    page: p.name,
    siteName: HUB_SITE_NAME,
    description: describe(p.description || `Plateforme technologique ${p.name}.`),
    canonical: hubUrl(site, `/plateformes/${p.slug}`),
  });
}

export default async function PlatformPage({ params }: PageProps<"/[site]/plateformes/[slug]">) {
  const { slug } = await params;
  const site = await currentSite();
  const p = await getPlatform(slug);
  if (!p) notFound();
  return (
    <PlatformDetail
      platform={p}
      links={makeLinks(site, null)}
      breadcrumbs={[
        { href: hubHref(site, "/"), label: "Accueil" },
        { href: hubHref(site, "/plateformes"), label: "Plateformes technologiques" },
        { label: p.name },
      ]}
    />
  );
}
