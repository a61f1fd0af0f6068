import "server-only";
/**
 * The public page of one directory record (a formation, a partner, a
 * plateforme technologique), on the hub (/formations/<slug>) and on a campus
 * site (/<campus>/formations/<slug>): the same record, found the same way,
 * with its canonical URL on the hub and its trail on the site being browsed.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCampus } from "@/lib/campuses/queries";
import { getFormation, type FormationDetail } from "@/lib/formations/queries";
import { DIPLOMA_LABELS, ORGANISATION_KIND_LABELS } from "@/lib/labels";
import { getOrganisation, type OrganisationDetail } from "@/lib/organisations/queries";
import { getPlatform, type PlatformDetail } from "@/lib/platforms/queries";
import { describe, HUB_SITE_NAME, notFoundMetadata, pageMetadata } from "@/lib/seo/metadata";
import { currentSite } from "./current";
import { PRERENDER_PLACEHOLDER } from "./hosts";
import { campusHref, hubHref, hubUrl, type Site } from "./links";

type RecordKind<T extends { slug: string }> = {
  /** The list the record belongs to, on the hub and on every campus site. */
  listPath: string;
  listLabel: string;
  find: (slug: string) => Promise<T | null>;
  name: (record: T) => string;
  /** The page's meta description when the record has none of its own. */
  fallbackDescription: (record: T, onCampusSite: boolean) => string;
  description: (record: T) => string | null;
};

export const formationPage: RecordKind<FormationDetail> = {
  listPath: "/formations",
  listLabel: "Formations",
  find: getFormation,
  name: (f) => f.title,
  description: (f) => f.description,
  fallbackDescription: (f) => `${DIPLOMA_LABELS[f.diploma]} : ${f.title}.`,
};

export const partnerPage: RecordKind<OrganisationDetail> = {
  listPath: "/partenaires",
  listLabel: "Partenaires",
  find: getOrganisation,
  name: (o) => o.name,
  description: (o) => o.description,
  fallbackDescription: (o, onCampusSite) =>
    onCampusSite
      ? `${ORGANISATION_KIND_LABELS[o.kind]}, partenaire des campus.`
      : `${ORGANISATION_KIND_LABELS[o.kind]}, partenaire des Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté.`,
};

export const platformPage: RecordKind<PlatformDetail> = {
  listPath: "/plateformes",
  listLabel: "Plateformes technologiques",
  find: getPlatform,
  name: (p) => p.name,
  description: (p) => p.description,
  fallbackDescription: (p) => `Plateforme technologique ${p.name}.`,
};

type Campus = NonNullable<Awaited<ReturnType<typeof getCampus>>>;
export type RecordPage<T> = { site: Site; campus: Campus | null; record: T };

/** The record of the page and, on a campus site, its campus; null when either is unknown (a 404). */
export async function loadRecordPage<T extends { slug: string }>(
  kind: RecordKind<T>,
  params: { slug: string; campus?: string },
): Promise<RecordPage<T> | null> {
  const site = await currentSite();
  const [campus, record] = await Promise.all([
    params.campus === undefined ? null : getCampus(params.campus),
    kind.find(params.slug),
  ]);
  if (!record || (params.campus !== undefined && !campus)) return null;
  return { site, campus, record };
}

/** The page's metadata: named after the site browsed, canonical on the hub. */
export async function recordPageMetadata<T extends { slug: string }>(
  kind: RecordKind<T>,
  params: { slug: string; campus?: string },
): Promise<Metadata> {
  const page = await loadRecordPage(kind, params);
  if (!page) return notFoundMetadata();
  const { site, campus, record } = page;
  return pageMetadata({
    page: kind.name(record),
    siteName: campus?.shortName ?? HUB_SITE_NAME,
    description: describe(kind.description(record) || kind.fallbackDescription(record, campus !== null)),
    canonical: hubUrl(site, `${kind.listPath}/${record.slug}`),
  });
}

/** Accueil (or the campus) › the list › the record. */
export function recordPageCrumbs<T extends { slug: string }>(
  kind: RecordKind<T>,
  { site, campus, record }: RecordPage<T>,
): { href?: string; label: string }[] {
  const home = campus
    ? { href: campusHref(site, campus.slug), label: campus.shortName }
    : { href: hubHref(site, "/"), label: "Accueil" };
  const list = campus ? campusHref(site, campus.slug, kind.listPath) : hubHref(site, kind.listPath);
  return [home, { href: list, label: kind.listLabel }, { label: kind.name(record) }];
}

type RecordParams = Promise<{ slug: string; campus?: string }>;

/**
 * The exports of a record's page (`generateStaticParams`, `generateMetadata`
 * and the page), the same on the hub and on a campus site: `render` draws the
 * record once found, an unknown record or campus is a 404. Rendered on first
 * request, then served from the cache (see PRERENDER_PLACEHOLDER).
 */
export function recordRoute<T extends { slug: string }>(
  kind: RecordKind<T>,
  render: (page: RecordPage<T>) => Promise<React.ReactNode> | React.ReactNode,
) {
  return {
    generateStaticParams: () => [{ slug: PRERENDER_PLACEHOLDER }],
    generateMetadata: async ({ params }: { params: RecordParams }) => recordPageMetadata(kind, await params),
    Page: async ({ params }: { params: RecordParams }) =>
      render((await loadRecordPage(kind, await params)) ?? notFound()),
  };
}
