import { CampusNotFound } from "@/components/layout/campus-not-found";
import { currentSite } from "@/lib/site/current";

/**
 * 404 inside a campus sub-site (an unknown address, an unpublished action…),
 * with the campus's header and footer and links back to this campus.
 * (Its title comes from the page's generateMetadata: nested not-found files take no metadata.)
 */
export default async function CampusNotFoundPage() {
  return <CampusNotFound site={await currentSite()} />;
}
