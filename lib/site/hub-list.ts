import "server-only";
import type { z } from "zod";
import { listCampuses } from "@/lib/campuses/queries";
import type { RawParams } from "@/lib/filters";
import { readListRequest } from "@/lib/lenient-filters";
import { currentSite } from "./current";

/**
 * Everything a hub list page (actions, formations, partners) loads, its
 * queries side by side: the site, the filters read leniently from the URL,
 * the campuses (campus filter and cards), the list's filter options and the
 * page of results asked for.
 */
export async function loadHubList<S extends z.ZodType, O, R>(
  searchParams: Promise<RawParams>,
  schema: S,
  load: { options: () => Promise<O>; page: (filters: z.output<S>, paging: { page?: number }) => Promise<R> },
) {
  const [site, { filters, page }] = await Promise.all([currentSite(), readListRequest(searchParams, schema)]);
  const [campuses, options, result] = await Promise.all([
    listCampuses(),
    load.options(),
    load.page(filters, { page }),
  ]);
  return { site, filters, campuses, options, result };
}
