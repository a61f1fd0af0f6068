import "server-only";
import { cachedRead } from "@/lib/cache/read";
import { db } from "@/lib/db";
import type { OrganisationKind } from "@/lib/generated/prisma/enums";
import { listAllFormationCards } from "@/lib/formations/queries";
import { listPlatforms } from "@/lib/platforms/queries";
import { BFC_DEPARTEMENTS, departementName, isBfcDepartement } from "./departements";
import { compareFrench, sortFrench } from "@/lib/text/collate";
import { campusFullName } from "@/lib/campuses/names";
import { isCampusSlug, type CampusSlug } from "@/lib/site/campuses";
import { communeCoordinates, project, type Point } from "./communes";
import { typeset } from "@/lib/text/typeset";

export type MapItem = { slug: string; name: string; commune: string | null };
export type MapOrganisation = MapItem & { kind: OrganisationKind };

export type DepartementEntry = {
  code: string;
  name: string;
  isBfc: boolean;
  formations: MapItem[];
  platforms: MapItem[];
  organisations: MapOrganisation[];
  /** Communes named in this département, with how many items each. */
  communes: { name: string; count: number }[];
};

/** A commune on the map with what is there. */
export type MapPlace = {
  commune: string;
  departement: string;
  point: Point;
  formations: number;
  platforms: number;
  organisations: number;
};

/** A campus, drawn at its porteur establishment's commune. */
export type MapCampus = {
  slug: CampusSlug;
  acronym: string;
  fullName: string;
  color: string;
  commune: string;
  point: Point;
};

/** A published item the map cannot place (no commune, or one the communes dataset does not know). */
export type UnplacedItem = { kind: "formation" | "platform" | "organisation"; slug: string; name: string };

export type MapData = {
  /** The eight départements of the region (always present), then the others that appear. */
  departements: DepartementEntry[];
  /** Published items whose place the report does not give. */
  unlocated: { formations: number; platforms: number; organisations: number };
  /** Communes of the region with items, at their coordinates. */
  places: MapPlace[];
  campuses: MapCampus[];
  /** Everything not on the map, each to be listed with its link. */
  unplaced: UnplacedItem[];
};

function byName<T extends { name: string }>(a: T, b: T) {
  return compareFrench(a.name, b.name);
}

/** Published formations, PFT and partners by département and commune (the Carte page). */
export async function getMapData(): Promise<MapData> {
  "use cache";
  cachedRead("organisations", "formations", "platforms", "campuses");
  const [formations, platforms, organisations, campusRows] = await Promise.all([
    listAllFormationCards(),
    listPlatforms(),
    db.organisation.findMany({
      where: { publication: "PUBLISHED" },
      select: { slug: true, name: true, kind: true, city: true, departement: true },
    }),
    db.campus.findMany({
      orderBy: { position: "asc" },
      select: {
        slug: true,
        acronym: true,
        name: true,
        color: true,
        porteur: { select: { city: true, departement: true, publication: true } },
      },
    }),
  ]);
  const entries = new Map<string, DepartementEntry>();
  const entry = (code: string) => {
    let e = entries.get(code);
    if (!e) {
      e = {
        code,
        name: departementName(code),
        isBfc: isBfcDepartement(code),
        formations: [],
        platforms: [],
        organisations: [],
        communes: [],
      };
      entries.set(code, e);
    }
    return e;
  };
  BFC_DEPARTEMENTS.forEach(entry);
  const unlocated = { formations: 0, platforms: 0, organisations: 0 };
  for (const f of formations) {
    if (f.departement)
      entry(f.departement).formations.push({ slug: f.slug, name: f.title, commune: f.commune });
    else unlocated.formations += 1;
  }
  for (const p of platforms) {
    if (p.departement)
      entry(p.departement).platforms.push({ slug: p.slug, name: p.name, commune: p.commune });
    else unlocated.platforms += 1;
  }
  for (const o of organisations) {
    if (o.departement)
      entry(o.departement).organisations.push({ slug: o.slug, name: o.name, commune: o.city, kind: o.kind });
    else unlocated.organisations += 1;
  }
  for (const e of entries.values()) {
    e.formations.sort(byName);
    e.platforms.sort(byName);
    e.organisations.sort(byName);
    const communes = new Map<string, number>();
    for (const item of [...e.formations, ...e.platforms, ...e.organisations])
      if (item.commune) communes.set(item.commune, (communes.get(item.commune) ?? 0) + 1);
    e.communes = [...communes.entries()].map(([name, count]) => ({ name, count })).sort(byName);
  }
  const departements = [...entries.values()].sort(
    (a, b) => Number(b.isBfc) - Number(a.isBfc) || a.code.localeCompare(b.code),
  );

  // Each record at its commune (its own, else its establishment's or host's), when the dataset knows it.
  const places = new Map<string, MapPlace>();
  const unplaced: UnplacedItem[] = [];
  const place = (
    kind: UnplacedItem["kind"],
    item: { slug: string; name: string; commune: string | null; departement: string | null },
  ) => {
    const at =
      item.commune && item.departement && isBfcDepartement(item.departement)
        ? communeCoordinates(item.commune, item.departement)
        : null;
    if (!at || !item.commune || !item.departement) {
      if (!item.departement || isBfcDepartement(item.departement))
        unplaced.push({ kind, slug: item.slug, name: item.name });
      return;
    }
    const key = `${item.departement}|${item.commune}`;
    const entry = places.get(key) ?? {
      commune: item.commune,
      departement: item.departement,
      point: project(at),
      formations: 0,
      platforms: 0,
      organisations: 0,
    };
    if (kind === "formation") entry.formations += 1;
    else if (kind === "platform") entry.platforms += 1;
    else entry.organisations += 1;
    places.set(key, entry);
  };
  for (const f of formations) place("formation", { ...f, name: f.title });
  for (const p of platforms) place("platform", p);
  for (const o of organisations) place("organisation", { ...o, commune: o.city });

  const campuses = campusRows.flatMap((c) => {
    const porteur = c.porteur?.publication === "PUBLISHED" ? c.porteur : null;
    const at =
      porteur?.city && porteur.departement ? communeCoordinates(porteur.city, porteur.departement) : null;
    if (!at || !porteur?.city || !isCampusSlug(c.slug)) return [];
    return [
      {
        slug: c.slug,
        acronym: c.acronym,
        fullName: campusFullName(c.name),
        color: c.color,
        commune: porteur.city,
        point: project(at),
      },
    ];
  });
  return typeset({
    departements,
    unlocated,
    places: sortFrench([...places.values()], (p) => p.commune),
    campuses,
    unplaced: sortFrench(unplaced, (u) => u.name),
  });
}
