/**
 * Structured data (schema.org, JSON-LD) for search engines:
 * EducationalOrganization for campuses, Course for formations, Event for
 * actions with a known date. Pure builders; <JsonLd> renders them.
 */
import { DIPLOMA_LABELS, LEVEL_LABELS } from "@/lib/labels";
import type { DiplomaType } from "@/lib/generated/prisma/enums";

type Thing = Record<string, unknown>;

export function campusJsonLd(c: {
  fullName: string;
  acronym: string;
  email: string;
  description: string;
  url: string;
  sameAs: string[];
  parentUrl: string;
}): Thing {
  return {
    "@context": "https://schema.org",
    "@type": "EducationalOrganization",
    name: c.fullName,
    alternateName: `CMQ ${c.acronym}`,
    url: c.url,
    email: c.email,
    description: c.description,
    areaServed: "Bourgogne-Franche-Comté",
    ...(c.sameAs.length ? { sameAs: c.sameAs } : {}),
    parentOrganization: {
      "@type": "Organization",
      name: "Campus des Métiers et des Qualifications de Bourgogne-Franche-Comté",
      url: c.parentUrl,
    },
  };
}

export function courseJsonLd(f: {
  title: string;
  description: string;
  url: string;
  diploma: DiplomaType;
  level: number | null;
  provider: { name: string; url: string };
  place: string | null;
}): Thing {
  return {
    "@context": "https://schema.org",
    "@type": "Course",
    name: f.title,
    description: f.description || f.title,
    url: f.url,
    inLanguage: "fr",
    educationalCredentialAwarded: DIPLOMA_LABELS[f.diploma],
    ...(f.level ? { educationalLevel: LEVEL_LABELS[f.level] ?? `Niveau ${f.level}` } : {}),
    provider: { "@type": "EducationalOrganization", name: f.provider.name, url: f.provider.url },
    ...(f.place ? { locationCreated: { "@type": "Place", name: f.place } } : {}),
  };
}

/** An Event, or null when the action has no start date (schema.org requires one). */
export function eventJsonLd(a: {
  title: string;
  summary: string;
  url: string;
  start: string | null;
  end: string | null;
  organizer: { name: string; url: string };
}): Thing | null {
  if (!a.start) return null;
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: a.title,
    description: a.summary,
    url: a.url,
    startDate: a.start,
    ...(a.end ? { endDate: a.end } : {}),
    inLanguage: "fr",
    organizer: { "@type": "EducationalOrganization", name: a.organizer.name, url: a.organizer.url },
  };
}

/** JSON for a <script type="application/ld+json">, safe inside HTML. */
export function serializeJsonLd(data: Thing): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}
