import { NotFoundView } from "@/components/layout/not-found-view";
import { getSite } from "@/lib/site/request";

/**
 * 404 inside a campus sub-site (an unknown or unpublished action…), with the campus's header and footer.
 * (Its title comes from the page's generateMetadata: nested not-found files take no metadata.)
 */
export default async function CampusNotFound() {
  return <NotFoundView site={await getSite()} />;
}
