/**
 * The exports of a search's own page (folders `recherche/requete/[search]`, see SEARCH_SEGMENT),
 * on the hub and on a campus site: the `search` segment decodes to the query string the search
 * list reads (an undecodable key is a 404). Rendered on first request, then served from the page
 * cache until a write of what it lists (see PRERENDER_PLACEHOLDER).
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PRERENDER_PLACEHOLDER } from "./hosts";
import { searchParamsOfKey } from "./routing";

type RawQuery = Record<string, string | string[] | undefined>;
type ListProps<P> = { params: Promise<P>; searchParams: Promise<RawQuery> };

export function searchRoute<P extends object>(
  ListPage: (props: ListProps<P>) => Promise<React.ReactNode>,
  listMetadata: (props: ListProps<P>) => Promise<Metadata>,
) {
  type Props = { params: Promise<P & { search: string }> };
  async function queryOf(params: Props["params"]): Promise<RawQuery> {
    return searchParamsOfKey((await params).search) ?? notFound();
  }
  return {
    generateStaticParams: () => [{ search: PRERENDER_PLACEHOLDER }],
    generateMetadata: async ({ params }: Props) =>
      listMetadata({ params, searchParams: Promise.resolve(await queryOf(params)) }),
    Page: async ({ params }: Props) => (
      <ListPage params={params} searchParams={Promise.resolve(await queryOf(params))} />
    ),
  };
}
