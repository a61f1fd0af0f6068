/**
 * Links of the public pages, built once per page from the site being
 * browsed (hub or campus sub-site, host or path mode): inside a sub-site,
 * links stay on it; detail pages of formations, partners and PFT open on
 * the sub-site when there is one, else on the hub.
 */
import { campusHref, hubHref, type Site } from "@/lib/site/links";
import type { CampusSlug } from "@/lib/site/campuses";

export type Links = {
  /** The campus sub-site being browsed, or null on the hub. */
  campus: CampusSlug | null;
  hub: (path?: string) => string;
  /** A page of a campus sub-site. */
  campusPage: (slug: CampusSlug, path?: string) => string;
  /** A page of the site being browsed (the sub-site, or the hub). */
  here: (path?: string) => string;
  /** An action's page: on the campus browsed when it owns the action, else on its lead campus. */
  action: (a: { slug: string; campuses: { slug: CampusSlug }[] }) => string;
  formation: (slug: string) => string;
  organisation: (slug: string) => string;
  platform: (slug: string) => string;
};

export function makeLinks(site: Site, campus: CampusSlug | null): Links {
  const here = (path = "/") => (campus ? campusHref(site, campus, path) : hubHref(site, path));
  return {
    campus,
    hub: (path = "/") => hubHref(site, path),
    campusPage: (slug, path = "/") => campusHref(site, slug, path),
    here,
    action: (a) => {
      const owner = a.campuses.find((c) => c.slug === campus)?.slug ?? a.campuses[0]?.slug;
      return owner ? campusHref(site, owner, `/actions/${a.slug}`) : here("/actions");
    },
    formation: (slug) => here(`/formations/${slug}`),
    organisation: (slug) => here(`/partenaires/${slug}`),
    platform: (slug) => here(`/plateformes/${slug}`),
  };
}

/** A URL with its query string from filter values (empty values dropped, arrays repeated). */
export function withQuery(
  path: string,
  params: Record<string, string | number | (string | number)[] | undefined | null>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, String(v));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}
