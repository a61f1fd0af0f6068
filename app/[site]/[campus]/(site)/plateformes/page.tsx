import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import { EmptyState } from "@/components/ui/empty-state";
import { ResultCount } from "@/components/ui/result-count";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PlatformCardList } from "@/components/platforms/platform-card";
import { makeLinks } from "@/components/links";
import { getCampus } from "@/lib/campuses/queries";
import { listPlatforms } from "@/lib/platforms/queries";
import { currentSite } from "@/lib/site/current";
import { campusPageMetadata } from "@/lib/seo/campus-page";
import { campusHref, hubHref } from "@/lib/site/links";

export const generateMetadata = campusPageMetadata({
  name: "Plateformes technologiques",
  path: "/plateformes",
  description: (campus) => `Les plateformes technologiques liées au ${campus.fullName}.`,
});

export default async function CampusPlatformsPage({ params }: PageProps<"/[site]/[campus]/plateformes">) {
  const { campus: slug } = await params;
  const site = await currentSite();
  const campus = await getCampus(slug);
  if (!campus) notFound();
  const platforms = await listPlatforms(campus.slug);
  return (
    <Container>
      <Breadcrumbs
        items={[
          { href: campusHref(site, campus.slug), label: campus.shortName },
          { label: "Plateformes technologiques" },
        ]}
      />
      <PageHeading
        eyebrow={campus.shortName}
        title={`Les plateformes technologiques du ${campus.shortName}`}
        lead={
          <>
            Les plateformes technologiques (<abbr title="Plateformes technologiques">PFT</abbr>) avec
            lesquelles le campus travaille.
          </>
        }
      />
      <ResultCount
        count={platforms.length}
        one="plateforme technologique"
        many="plateformes technologiques"
        none="Aucune plateforme technologique n'est liée à ce campus."
      />
      {platforms.length ? (
        <PlatformCardList platforms={platforms} links={makeLinks(site, campus.slug)} />
      ) : (
        <EmptyState title="Ce campus n’a pas encore de plateforme technologique partenaire publiée.">
          <p>
            Voyez{" "}
            <a href={hubHref(site, "/plateformes")}>les plateformes technologiques de toute la région</a>.
          </p>
        </EmptyState>
      )}
    </Container>
  );
}
