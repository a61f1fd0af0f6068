/**
 * The header and footer contents of each site, in one place: the hub's
 * sections, a sub-site's sections (links kept on the sub-site), the campus
 * switcher and the footer links (legal pages live on the hub).
 */
import type { CampusSummary } from "@/lib/campuses/queries";
import { campusHref, hubHref, type Site } from "@/lib/site/links";
import type { CampusSlug } from "@/lib/site/campuses";
import type { NavItem } from "./nav-links";
import type { SwitcherEntry } from "./campus-switcher";
import type { FooterLink } from "./site-footer";

/** Accessibility status shown in every footer (see the déclaration d'accessibilité). */
export const ACCESSIBILITY_STATUS = "partiellement conforme";

const HUB_SECTIONS: [path: string, label: string][] = [
  ["/les-cmq", "Les CMQ"],
  ["/actions", "Actions"],
  ["/formations", "Formations"],
  ["/partenaires", "Partenaires"],
  ["/plateformes", "Plateformes technologiques"],
  ["/financeurs", "Financeurs"],
  ["/carte", "Carte"],
  ["/contact", "Contact"],
];

export function hubNav(site: Site): NavItem[] {
  return [
    { href: hubHref(site, "/"), label: "Accueil", paths: ["/"], exact: true },
    ...HUB_SECTIONS.map(([path, label]) => ({ href: hubHref(site, path), label, paths: [path] })),
  ];
}

/** A sub-site's sections; a section with nothing in it (no PFT, no validated report) is not offered. */
export function campusNav(
  site: Site,
  slug: CampusSlug,
  { reportYear, hasPlatforms }: { reportYear: number | null; hasPlatforms: boolean },
): NavItem[] {
  const sections: [string, string][] = [
    ["/actions", "Actions"],
    ["/formations", "Formations"],
    ["/partenaires", "Partenaires"],
    ...(hasPlatforms ? ([["/plateformes", "Plateformes technologiques"]] as [string, string][]) : []),
    ...(reportYear ? ([[`/bilan/${reportYear}`, `Bilan ${reportYear}`]] as [string, string][]) : []),
  ];
  const paths = (path: string) => [`/${slug}${path === "/" ? "" : path}`, path];
  return [
    { href: campusHref(site, slug, "/"), label: "Accueil du campus", paths: paths("/"), exact: true },
    ...sections.map(([path, label]) => ({ href: campusHref(site, slug, path), label, paths: paths(path) })),
  ];
}

export function switcherEntries(
  site: Site,
  campuses: CampusSummary[],
  current: CampusSlug | null,
): SwitcherEntry[] {
  return [
    { href: hubHref(site, "/"), label: "Tous les campus (accueil régional)", isCurrent: current === null },
    ...campuses.map((c) => ({
      href: campusHref(site, c.slug, "/"),
      label: c.shortName,
      color: c.color,
      isCurrent: c.slug === current,
    })),
  ];
}

export function footerLinks(site: Site): {
  links: FooterLink[];
  accessibility: FooterLink;
  signIn: FooterLink;
} {
  return {
    links: [
      { href: hubHref(site, "/contact"), label: "Contact" },
      { href: hubHref(site, "/plan-du-site"), label: "Plan du site" },
      { href: hubHref(site, "/mentions-legales"), label: "Mentions légales" },
      { href: hubHref(site, "/donnees-personnelles"), label: "Données personnelles" },
      { href: hubHref(site, "/donnees-ouvertes"), label: "Données ouvertes" },
      { href: hubHref(site, "/rapports"), label: "Rapports d’activité" },
    ],
    accessibility: {
      href: hubHref(site, "/accessibilite"),
      label: `Accessibilité\u00A0: ${ACCESSIBILITY_STATUS}`,
    },
    // /connexion is served as-is on every host (proxy.ts): a relative link stays on the current host.
    signIn: { href: "/connexion", label: "Espace des directeurs" },
  };
}
