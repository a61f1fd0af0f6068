/**
 * Page metadata in one shape everywhere: "<page> — <site>" titles, the
 * canonical URL of the page's preferred host, Open Graph and Twitter cards.
 */
import type { Metadata } from "next";
import { frenchTypography } from "@/lib/text/typography";

export const HUB_SITE_NAME = "Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté";
export const HUB_DESCRIPTION =
  "Les six Campus des Métiers et des Qualifications (CMQ) de Bourgogne-Franche-Comté : actions, formations, partenaires et plateformes technologiques.";

/** A <title>, typeset (lib/text/typography.ts) like the page it names. */
export function pageTitle(page: string, siteName: string): string {
  return frenchTypography(`${page} — ${siteName}`);
}

export function pageMetadata(input: {
  /** The page's own name ("Actions"). */
  page: string;
  /** The site's name ("CMQ Territoire Intelligent" or the hub's). */
  siteName: string;
  description: string;
  /** Absolute preferred URL. */
  canonical: string;
  type?: "website" | "article";
  /** Search results and filtered lists are not worth indexing. */
  noIndex?: boolean;
}): Metadata {
  const title = pageTitle(input.page, input.siteName);
  const description = frenchTypography(input.description);
  return {
    title,
    description,
    alternates: { canonical: input.canonical },
    openGraph: {
      title,
      description,
      url: input.canonical,
      siteName: input.siteName,
      locale: "fr_FR",
      type: input.type ?? "website",
    },
    twitter: { card: "summary", title, description },
    ...(input.noIndex ? { robots: { index: false, follow: true } } : {}),
  };
}

/** Shortens a text for a meta description (about 160 characters, on a word boundary). */
export function describe(text: string, max = 160): string {
  const clean = text
    .replace(/[#*_>`[\]]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (clean.length <= max) return clean;
  const cut = clean.lastIndexOf(" ", max - 1);
  return `${clean.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/** Metadata of a page that answers 404 (its record is unknown or not published). */
export function notFoundMetadata(siteName: string = HUB_SITE_NAME): Metadata {
  return { title: pageTitle("Page introuvable", siteName), robots: { index: false, follow: true } };
}
