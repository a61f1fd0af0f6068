import { SkipLink } from "@/components/layout/skip-link";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { footerLinks, hubNav, switcherEntries } from "@/components/layout/chrome";
import { listCampuses } from "@/lib/campuses/queries";
import { currentSite } from "@/lib/site/current";
import { hubHref } from "@/lib/site/links";
import { getFreshness } from "@/lib/freshness/queries";

/** Chrome of the regional hub (cmq-bfc.org). */
export default async function HubLayout({ children }: { children: React.ReactNode }) {
  const site = await currentSite();
  const [campuses, freshness] = await Promise.all([listCampuses(), getFreshness()]);
  return (
    <>
      <SkipLink />
      <SiteHeader
        homeHref={hubHref(site, "/")}
        subtitle="Bourgogne-Franche-Comté"
        title="Campus des Métiers et des Qualifications"
        nav={hubNav(site)}
        search={{ action: hubHref(site, "/recherche"), label: "Rechercher sur le site" }}
        switcher={switcherEntries(site, campuses, null)}
      />
      <main id="contenu" tabIndex={-1} className="py-8 focus:outline-none sm:py-10">
        {children}
      </main>
      <SiteFooter {...footerLinks(site)} freshness={freshness} />
    </>
  );
}
