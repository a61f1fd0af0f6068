import { notFound } from "next/navigation";
import { PRERENDER_PLACEHOLDER } from "@/lib/site/hosts";
import { searchParamsOfKey } from "@/lib/site/routing";
import { ListPage, listMetadata } from "../../list-page";

type Props = { params: Promise<{ site: string; campus: string; search: string }> };

/**
 * One search of the campus (its query, kind and page in `search`, see searchKey): rendered on
 * first request, then served from the page cache until a write of what it lists.
 */
export function generateStaticParams() {
  return [{ search: PRERENDER_PLACEHOLDER }];
}

async function queryOf(params: Props["params"]) {
  const query = searchParamsOfKey((await params).search);
  if (!query) notFound();
  return query;
}

export async function generateMetadata({ params }: Props) {
  return listMetadata({ params, searchParams: Promise.resolve(await queryOf(params)) });
}

export default async function CampusSearchPage({ params }: Props) {
  return <ListPage params={params} searchParams={Promise.resolve(await queryOf(params))} />;
}
