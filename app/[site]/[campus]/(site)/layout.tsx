import { notFound } from "next/navigation";
import { SkipLink } from "@/components/layout/skip-link";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { campusNav, footerLinks, switcherEntries } from "@/components/layout/chrome";
import { getCampus, listCampuses, listCampusReportYears } from "@/lib/campuses/queries";
import { currentSite } from "@/lib/site/current";
import { campusHref, hubHref } from "@/lib/site/links";
import { getFreshness } from "@/lib/freshness/queries";
import { countPlatforms } from "@/lib/platforms/queries";
import { isCampusSlug } from "@/lib/site/campuses";

/** Chrome of a campus sub-site: its name and accent colour, its navigation, the way back to the hub. */
export default async function CampusSiteLayout({ children, params }: LayoutProps<"/[site]/[campus]">) {
  const { campus: slug } = await params;
  const site = await currentSite();
  const [campus, campuses, years, freshness, platforms] = await Promise.all([
    getCampus(slug),
    listCampuses(),
    listCampusReportYears(slug),
    isCampusSlug(slug) ? getFreshness(slug) : null,
    isCampusSlug(slug) ? countPlatforms(slug) : 0,
  ]);
  if (!campus || !freshness) notFound();
  return (
    <div data-site-accent style={{ "--site-accent": campus.color } as React.CSSProperties}>
      <SkipLink />
      <SiteHeader
        homeHref={campusHref(site, campus.slug)}
        subtitle="Campus des Métiers et des Qualifications"
        title={campus.name}
        wordmark={{ acronym: campus.acronym, color: campus.color }}
        nav={campusNav(site, campus.slug, { reportYear: years[0] ?? null, hasPlatforms: platforms > 0 })}
        search={{ action: campusHref(site, campus.slug, "/recherche"), label: "Rechercher dans ce campus" }}
        switcher={switcherEntries(site, campuses, campus.slug)}
        aside={
          <a href={hubHref(site, "/")} className="text-sm">
            Accueil régional des campus
          </a>
        }
      />
      <main id="contenu" tabIndex={-1} className="py-8 focus:outline-none sm:py-10">
        {children}
      </main>
      <SiteFooter
        {...footerLinks(site)}
        freshness={freshness}
        note={
          <>
            {campus.fullName} — contact : {campus.email}
          </>
        }
      />
    </div>
  );
}
