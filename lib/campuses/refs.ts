/**
 * The short campus reference every public DTO carries (links, tags,
 * colours), and its Prisma selection.
 */
import { isCampusSlug, type CampusSlug } from "@/lib/site/campuses";
import { campusFullName, campusShortName } from "./names";

export type CampusRef = {
  slug: CampusSlug;
  acronym: string;
  name: string;
  fullName: string;
  shortName: string;
  color: string;
};

export const campusRefSelect = {
  slug: true,
  acronym: true,
  name: true,
  color: true,
  position: true,
} as const;

type Row = { slug: string; acronym: string; name: string; color: string; position?: number };

export function toCampusRef(c: Row): CampusRef {
  if (!isCampusSlug(c.slug)) throw new Error(`Campus inattendu en base : ${c.slug}`);
  return {
    slug: c.slug,
    acronym: c.acronym,
    name: c.name,
    fullName: campusFullName(c.name),
    shortName: campusShortName(c.name),
    color: c.color,
  };
}

/** Campus references in the report's order. */
export function toCampusRefs(rows: Row[]): CampusRef[] {
  return [...rows].sort((a, b) => (a.position ?? 0) - (b.position ?? 0)).map(toCampusRef);
}
