/**
 * Building links that stay on the site being browsed.
 *
 * A campus page is reachable as <slug>.<base>/path (host mode) and as
 * <base>/<slug>/path (path mode). Links inside a sub-site keep the mode the
 * visitor came in with; links to another site become absolute when needed.
 */
import type { CampusSlug } from "./campuses";

export type Site = {
  /** "http" or "https", as the visitor sees it. */
  protocol: string;
  /** Host of the hub, port included ("cmq-bfc.org", "localhost:3000"). */
  hubHost: string;
  /** The campus whose own host serves this request, or null on the hub host. */
  hostCampus: CampusSlug | null;
};

function join(prefix: string, path: string): string {
  if (path === "/" || path === "") return prefix.startsWith("http") ? `${prefix}/` : prefix || "/";
  return `${prefix}${path.startsWith("/") ? path : `/${path}`}`;
}

/** Link to a page of a campus sub-site, from the current site. */
export function campusHref(site: Site, slug: CampusSlug, path = "/"): string {
  if (site.hostCampus === slug) return join("", path);
  if (site.hostCampus === null) return join(`/${slug}`, path);
  return join(`${site.protocol}://${slug}.${site.hubHost}`, path);
}

/** Link to a hub page, from the current site. */
export function hubHref(site: Site, path = "/"): string {
  return site.hostCampus ? join(`${site.protocol}://${site.hubHost}`, path) : join("", path);
}

/** Absolute preferred URL of a hub page (canonical, sitemaps, feeds). */
export function hubUrl(site: Site, path = "/"): string {
  return join(`${site.protocol}://${site.hubHost}`, path);
}

/** Absolute preferred URL of a campus page: always its own host. */
export function campusUrl(site: Site, slug: CampusSlug, path = "/"): string {
  return join(`${site.protocol}://${slug}.${site.hubHost}`, path);
}
