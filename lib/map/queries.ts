import "server-only";
import { cachedRead } from "@/lib/cache/read";
import { db } from "@/lib/db";
import type { OrganisationKind } from "@/lib/generated/prisma/enums";
import { listAllFormationCards } from "@/lib/formations/queries";
import { listPlatforms } from "@/lib/platforms/queries";
import { BFC_DEPARTEMENTS, departementName, isBfcDepartement } from "./departements";
import { compareFrench } from "@/lib/text/collate";

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

export type MapData = {
  /** The eight départements of the region (always present), then the others that appear. */
  departements: DepartementEntry[];
  /** Published items whose place the report does not give. */
  unlocated: { formations: number; platforms: number; organisations: number };
};

function byName<T extends { name: string }>(a: T, b: T) {
  return compareFrench(a.name, b.name);
}

/** Published formations, PFT and partners by département and commune (the Carte page). */
export async function getMapData(): Promise<MapData> {
  "use cache";
  cachedRead("organisations", "formations", "platforms", "campuses");
  const [formations, platforms, organisations] = await Promise.all([
    listAllFormationCards(),
    listPlatforms(),
    db.organisation.findMany({
      where: { publication: "PUBLISHED" },
      select: { slug: true, name: true, kind: true, city: true, departement: true },
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
  return { departements, unlocated };
}
