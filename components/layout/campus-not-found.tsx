"use client";

import { useParams } from "next/navigation";
import { isCampusSlug } from "@/lib/site/campuses";
import type { Site } from "@/lib/site/links";
import { NotFoundView } from "./not-found-view";

/**
 * The 404 of a campus sub-site with links back to this campus. Not-found
 * files get no params, and the campus is not a root param: it is read on
 * the client from the route being shown.
 */
export function CampusNotFound({ site }: { site: Site }) {
  const { campus } = useParams<{ campus?: string }>();
  return <NotFoundView site={site} campus={isCampusSlug(campus) ? campus : site.hostCampus} />;
}
