/**
 * Where a published action is shown on the public site: on the hub and on
 * the sub-site of its lead campus (at /<campus>/… and on <campus>.<domain>).
 */
import type { CampusSlug } from "@/lib/site/campuses";

export function hubActionPath(slug: string): string {
  return `/actions/${slug}`;
}

export function campusActionPath(campus: CampusSlug, slug: string): string {
  return `/${campus}/actions/${slug}`;
}
