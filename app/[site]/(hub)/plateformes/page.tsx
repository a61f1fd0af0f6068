import { hubPageMetadata } from "@/lib/seo/hub-page";
import { HubPage } from "@/components/layout/hub-page";
import { EmptyState } from "@/components/ui/empty-state";
import { ResultCount } from "@/components/ui/result-count";
import { PlatformCardList } from "@/components/platforms/platform-card";
import { makeLinks } from "@/components/links";
import { listPlatforms } from "@/lib/platforms/queries";
import { currentSite } from "@/lib/site/current";

export const generateMetadata = hubPageMetadata({
  name: "Plateformes technologiques",
  path: "/plateformes",
  description:
    "Les plateformes technologiques (PFT) partenaires des campus de Bourgogne-Franche-Comté\u00A0: des outils de formation et de transfert au service des entreprises.",
});

export default async function PlatformsPage() {
  const site = await currentSite();
  const platforms = await listPlatforms();
  return (
    <HubPage
      site={site}
      crumb="Plateformes technologiques"
      title="Les plateformes technologiques"
      lead={
        <>
          Les plateformes technologiques (<abbr title="Plateformes technologiques">PFT</abbr>) sont des outils
          pédagogiques de formation initiale et continue, qui permettent de développer des projets avec les
          TPE et PME&#x202F;; selon leur maturité, elles bénéficient ou non d’un label.
        </>
      }
    >
      <ResultCount
        count={platforms.length}
        one="plateforme technologique"
        many="plateformes technologiques"
        none="Aucune plateforme technologique n'est publiée."
      />
      {platforms.length ? (
        <PlatformCardList platforms={platforms} links={makeLinks(site, null)} />
      ) : (
        <EmptyState title="Aucune plateforme technologique n’est publiée pour le moment." />
      )}
    </HubPage>
  );
}
