import { NotFoundView } from "@/components/layout/not-found-view";
import { currentSite } from "@/lib/site/current";

/**
 * 404 inside the hub (an unknown formation, partner or PFT), with the hub's header and footer.
 * (Its title comes from the page's generateMetadata: nested not-found files take no metadata.)
 */
export default async function HubNotFound() {
  return <NotFoundView site={await currentSite()} />;
}
