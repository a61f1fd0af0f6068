import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { PageHeading } from "@/components/ui/page-heading";
import { EmptyState } from "@/components/ui/empty-state";
import { ResultCount } from "@/components/ui/result-count";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PlatformCardList } from "@/components/platforms/platform-card";
import { makeLinks } from "@/components/links";
import { listPlatforms } from "@/lib/platforms/queries";
import { HUB_SITE_NAME, pageMetadata } from "@/lib/seo/metadata";
import { currentSite } from "@/lib/site/current";
import { hubHref, hubUrl } from "@/lib/site/links";

export async function generateMetadata(): Promise<Metadata> {
  const site = await currentSite();
  return pageMetadata({
    page: "Plateformes technologiques",
    siteName: HUB_SITE_NAME,
    description:
      "Les plateformes technologiques (PFT) partenaires des campus de Bourgogne-Franche-Comté : des outils de formation et de transfert au service des entreprises.",
    canonical: hubUrl(site, "/plateformes"),
  });
}

export default async function PlatformsPage() {
  const site = await currentSite();
  const platforms = await listPlatforms();
  return (
    <Container>
      <Breadcrumbs
        items={[{ href: hubHref(site, "/"), label: "Accueil" }, { label: "Plateformes technologiques" }]}
      />
      <PageHeading
        title="Les plateformes technologiques"
        lead={
          <>
            Les plateformes technologiques (<abbr title="Plateformes technologiques">PFT</abbr>) sont des
            outils pédagogiques de formation initiale et continue, qui permettent de développer des projets
            avec les TPE et PME ; selon leur maturité, elles bénéficient ou non d&apos;un label.
          </>
        }
      />
      <ResultCount
        count={platforms.length}
        one="plateforme technologique"
        many="plateformes technologiques"
        none="Aucune plateforme technologique n'est publiée."
      />
      {platforms.length ? (
        <PlatformCardList platforms={platforms} links={makeLinks(site, null)} />
      ) : (
        <EmptyState title="Aucune plateforme technologique n'est publiée pour le moment." />
      )}
    </Container>
  );
}
