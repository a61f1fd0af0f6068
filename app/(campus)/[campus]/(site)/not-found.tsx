import { NotFoundView } from "@/components/layout/not-found-view";
import { getRequestCampus, getSite } from "@/lib/site/request";

/**
 * 404 inside a campus sub-site (an unknown address, an unpublished action…),
 * with the campus's header and footer and links back to this campus.
 * (Its title comes from the page's generateMetadata: nested not-found files take no metadata.)
 */
export default async function CampusNotFound() {
  const [site, campus] = await Promise.all([getSite(), getRequestCampus()]);
  return <NotFoundView site={site} campus={campus} />;
}
