import { NO_FILTERS } from "@/lib/site/routing";
import { ListPage, listMetadata } from "./list-page";

/** The list without filters: one page, served from the cache (the custom server sends its filtered views to _filtre). */
export function generateMetadata({ params }: PageProps<"/[site]/partenaires">) {
  return listMetadata({ params, searchParams: NO_FILTERS });
}

export default function UnfilteredListPage({ params }: PageProps<"/[site]/partenaires">) {
  return <ListPage params={params} searchParams={NO_FILTERS} />;
}
