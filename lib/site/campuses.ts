/**
 * The six campus slugs. The list is closed (it is the labelled CMQ of the
 * region) and decides routing before any database read.
 */
export const CAMPUS_SLUGS = ["agt", "amf", "itip", "mma", "msi", "ti"] as const;
export type CampusSlug = (typeof CAMPUS_SLUGS)[number];

export function isCampusSlug(value: string | null | undefined): value is CampusSlug {
  return !!value && (CAMPUS_SLUGS as readonly string[]).includes(value);
}
