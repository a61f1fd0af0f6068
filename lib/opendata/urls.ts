/**
 * Addresses of the public pages the API points to. Actions live on their
 * lead campus's own host; formations, partners, PFT and funders on the hub.
 * Built from the request's site so a local or staging server links to itself.
 */
import type { CampusSlug } from "@/lib/site/campuses";
import { campusUrl, hubUrl, type Site } from "@/lib/site/links";

type Organisation = { id: string; slug: string; name: string };

/** An organisation as the API points to it: its id, slug, name and public page. */
export function partnerReference(site: Site, o: Organisation) {
  return { id: o.id, slug: o.slug, name: o.name, url: publicUrls.partner(site, o.slug) };
}

/** An organisation a record is attached to: public (and so pointed to) only once published. */
export function publishedPartnerReference(site: Site, o: (Organisation & { publication: string }) | null) {
  return o?.publication === "PUBLISHED" ? partnerReference(site, o) : null;
}

export const publicUrls = {
  campus: (site: Site, slug: CampusSlug) => campusUrl(site, slug, "/"),
  action: (site: Site, leadCampus: CampusSlug, slug: string) =>
    campusUrl(site, leadCampus, `/actions/${slug}`),
  formation: (site: Site, slug: string) => hubUrl(site, `/formations/${slug}`),
  partner: (site: Site, slug: string) => hubUrl(site, `/partenaires/${slug}`),
  platform: (site: Site, slug: string) => hubUrl(site, `/plateformes/${slug}`),
  fundings: (site: Site) => hubUrl(site, "/financeurs"),
  documentation: (site: Site, anchor = "") => hubUrl(site, `/donnees-ouvertes${anchor ? `#${anchor}` : ""}`),
  api: (site: Site, path = "") => hubUrl(site, `/api/v1${path}`),
};
