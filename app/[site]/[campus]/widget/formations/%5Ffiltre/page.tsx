/** The list filtered by its query string: rendered for each request, from cached data. */
export const instant = false;

export { listMetadata as generateMetadata, ListPage as default } from "../list-page";
