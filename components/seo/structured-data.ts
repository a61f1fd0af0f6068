/**
 * JSON-LD of the public pages from their DTOs, with canonical URLs on the
 * preferred host (a campus's own host, the hub for formations and partners).
 */
import type { ActionDetail } from "@/lib/actions/queries";
import type { CampusDetail } from "@/lib/campuses/queries";
import type { FormationDetail } from "@/lib/formations/queries";
import { campusJsonLd, courseJsonLd, eventJsonLd } from "@/lib/seo/json-ld";
import { describe, HUB_SITE_NAME } from "@/lib/seo/metadata";
import { campusUrl, hubUrl, type Site } from "@/lib/site/links";
import { formationPlace } from "@/components/formations/formation-card";

export function campusData(site: Site, c: CampusDetail) {
  return campusJsonLd({
    fullName: c.fullName,
    acronym: c.acronym,
    email: c.email,
    description: describe(c.presentation, 300),
    url: campusUrl(site, c.slug),
    sameAs: c.socialLinks.map((l) => l.url),
    parentUrl: hubUrl(site),
  });
}

export function courseData(site: Site, f: FormationDetail) {
  const provider = f.establishment
    ? { name: f.establishment.name, url: hubUrl(site, `/partenaires/${f.establishment.slug}`) }
    : f.campuses[0]
      ? { name: f.campuses[0].fullName, url: campusUrl(site, f.campuses[0].slug) }
      : { name: HUB_SITE_NAME, url: hubUrl(site) };
  return courseJsonLd({
    title: f.title,
    description: f.description,
    url: hubUrl(site, `/formations/${f.slug}`),
    diploma: f.diploma,
    level: f.level,
    provider,
    place: formationPlace(f),
  });
}

/** The action's canonical page is on its lead campus. */
export function actionCanonical(site: Site, a: Pick<ActionDetail, "slug" | "campuses">): string {
  const lead = a.campuses.find((c) => c.isLead) ?? a.campuses[0];
  return campusUrl(site, lead.slug, `/actions/${a.slug}`);
}

export function eventData(site: Site, a: ActionDetail) {
  const lead = a.campuses.find((c) => c.isLead) ?? a.campuses[0];
  return eventJsonLd({
    title: a.title,
    summary: a.summary,
    url: actionCanonical(site, a),
    start: a.start,
    end: a.end,
    organizer: { name: lead.fullName, url: campusUrl(site, lead.slug) },
  });
}
