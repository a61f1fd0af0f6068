import { PlatformDetail } from "@/components/platforms/platform-detail";
import { makeLinks } from "@/components/links";
import { platformPage, recordPageCrumbs, recordRoute } from "@/lib/site/record-pages";

/** A plateforme technologique's page, on the hub and (re-exported) on each campus site. */
const route = recordRoute(platformPage, (page) => (
  <PlatformDetail
    platform={page.record}
    links={makeLinks(page.site, page.campus?.slug ?? null)}
    breadcrumbs={recordPageCrumbs(platformPage, page)}
  />
));

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
