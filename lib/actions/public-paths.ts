/**
 * Where a published action is shown on the public site: the page of its
 * lead campus, at /<campus>/actions/<slug> on the hub's host and at
 * /actions/<slug> on <campus>.<domain> (the hub's lists link there).
 */
import type { CampusSlug } from "@/lib/site/campuses";

export function publicActionPath(campus: CampusSlug, slug: string): string {
  return `/${campus}/actions/${slug}`;
}
