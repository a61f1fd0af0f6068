import { searchRoute } from "@/lib/site/search-route";
import { ListPage, listMetadata } from "../../list-page";

/** One search of the campus (its query, kind and page in `search`, see searchKey). */
const route = searchRoute(ListPage, listMetadata);

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
