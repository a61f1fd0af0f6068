import { OrganisationDetail } from "@/components/organisations/organisation-detail";
import { getLogos } from "@/lib/media/queries";
import { makeLinks } from "@/components/links";
import { partnerPage, recordPageCrumbs, recordRoute } from "@/lib/site/record-pages";

/** A partner's page, on the hub and (re-exported) on each campus site. */
const route = recordRoute(partnerPage, async (page) => (
  <OrganisationDetail
    organisation={page.record}
    logo={(await getLogos("ORGANISATION", [page.record.id]))[page.record.id]}
    links={makeLinks(page.site, page.campus?.slug ?? null)}
    breadcrumbs={recordPageCrumbs(partnerPage, page)}
  />
));

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
