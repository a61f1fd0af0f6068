/**
 * The frame of a campus sub-site: its accent colour, header (name,
 * navigation, search, campus switcher), footer. The sub-site's layout draws
 * its pages in it; the back office's draft preview draws an unpublished
 * action in the same frame, so a DO sees the page as visitors will.
 */
import { SkipLink } from "@/components/layout/skip-link";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { campusNav, footerLinks, switcherEntries } from "@/components/layout/chrome";
import type { CampusDetail, CampusSummary } from "@/lib/campuses/queries";
import type { Freshness } from "@/lib/freshness/queries";
import type { Site } from "@/lib/site/links";
import { campusHref, hubHref } from "@/lib/site/links";

export function CampusChrome({
  site,
  campus,
  campuses,
  reportYear,
  hasPlatforms,
  freshness,
  isPreview = false,
  children,
}: {
  site: Site;
  campus: Pick<CampusDetail, "slug" | "name" | "acronym" | "fullName" | "email" | "color">;
  campuses: CampusSummary[];
  reportYear: number | null;
  /** No "Plateformes technologiques" menu item for a campus that has none. */
  hasPlatforms: boolean;
  /** When the campus's data was last updated, said in the footer. */
  freshness?: Freshness;
  /** Inside the back office's page: no skip link, and the content is not a second <main>. */
  isPreview?: boolean;
  children: React.ReactNode;
}) {
  const Content = isPreview ? "div" : "main";
  return (
    <div data-site-accent style={{ "--site-accent": campus.color } as React.CSSProperties}>
      {isPreview ? null : <SkipLink />}
      <SiteHeader
        homeHref={campusHref(site, campus.slug)}
        subtitle="Campus des Métiers et des Qualifications"
        title={campus.name}
        wordmark={{ acronym: campus.acronym, color: campus.color }}
        nav={campusNav(site, campus.slug, { reportYear, hasPlatforms })}
        search={{ action: campusHref(site, campus.slug, "/recherche"), label: "Rechercher dans ce campus" }}
        switcher={switcherEntries(site, campuses, campus.slug)}
        aside={
          <a href={hubHref(site, "/")} className="text-sm">
            Accueil régional des campus
          </a>
        }
      />
      <Content
        id={isPreview ? undefined : "contenu"}
        tabIndex={isPreview ? undefined : -1}
        className="py-8 focus:outline-none sm:py-10"
      >
        {children}
      </Content>
      <SiteFooter
        {...footerLinks(site)}
        freshness={freshness}
        note={
          <>
            {campus.fullName} — contact&nbsp;: {campus.email}
          </>
        }
      />
    </div>
  );
}
