import { notFound } from "next/navigation";
import { CampusChrome } from "@/components/layout/campus-chrome";
import { getCampus, listCampuses, listCampusReportYears } from "@/lib/campuses/queries";
import { currentSite } from "@/lib/site/current";
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
    <CampusChrome
      site={site}
      campus={campus}
      campuses={campuses}
      reportYear={years[0] ?? null}
      hasPlatforms={platforms > 0}
      freshness={freshness}
    >
      {children}
    </CampusChrome>
  );
}
