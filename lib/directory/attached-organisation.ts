/**
 * A formation's establishment and a PFT's host: the directory organisation
 * an entry is attached to. Public pages show it only once it is published,
 * and an entry without its own commune or département is where it is.
 */
import { campusRefSelect, toCampusRefs, type CampusRef } from "@/lib/campuses/refs";
import { typeset } from "@/lib/text/typeset";

/** What every entry's card shows besides its own fields and its organisation. */
export type EntryCard = {
  id: string;
  slug: string;
  /** Where it is: the entry's own commune, else its organisation's city (see attachedPlace). */
  commune: string | null;
  departement: string | null;
  campuses: CampusRef[];
};

/** The selection of an EntryCard's fields. */
export const entryCardSelect = {
  id: true,
  slug: true,
  commune: true,
  departement: true,
  campuses: { select: { campus: { select: campusRefSelect } } },
} as const;
export const attachedOrganisationSelect = {
  select: { slug: true, name: true, city: true, departement: true, publication: true },
} as const;

type AttachedOrganisation = {
  slug: string;
  name: string;
  city: string | null;
  departement: string | null;
  publication: string;
};

/** The organisation to show (or null) and the entry's place: its own, else its organisation's. */
export function attachedPlace(
  entry: { commune: string | null; departement: string | null },
  organisation: AttachedOrganisation | null,
) {
  const shown = organisation?.publication === "PUBLISHED" ? organisation : null;
  return {
    organisation: shown ? { slug: shown.slug, name: shown.name } : null,
    commune: entry.commune ?? shown?.city ?? null,
    departement: entry.departement ?? shown?.departement ?? null,
  };
}

type EntryCardRow = {
  commune: string | null;
  departement: string | null;
  campuses: { campus: Parameters<typeof toCampusRefs>[0][number] }[];
};

/**
 * The card of an entry read with entryCardSelect and, under `key`, attachedOrganisationSelect:
 * its other fields as they are, the organisation (once published), its place, its campuses. Typeset.
 */
export function toEntryCard<
  K extends string,
  R extends EntryCardRow & Record<K, AttachedOrganisation | null>,
>(row: R, key: K) {
  const { [key]: attached, campuses, ...fields } = row as EntryCardRow & Record<string, unknown>;
  const { organisation, commune, departement } = attachedPlace(
    fields as EntryCardRow,
    attached as AttachedOrganisation | null,
  );
  const card = {
    ...fields,
    [key]: organisation,
    commune,
    departement,
    campuses: toCampusRefs(campuses.map((c) => c.campus)),
  };
  return typeset(card) as Omit<R, K | "campuses"> &
    Record<K, { slug: string; name: string } | null> &
    EntryCard;
}
