/**
 * French alphabetical order, the same everywhere a list is sorted: accents,
 * case and punctuation ignored at first ("Agefos-PME" before "ARDEC METAL",
 * "Délégation" before "DIRECCTE"), then the exact spelling as tie-break so
 * the order is total and stable.
 *
 * The same order is available to SQL through a stored sort key written with
 * `frenchSortKey` (compared byte by byte, `COLLATE "C"`), so a paginated
 * list sorted by the database and a list sorted in memory agree, on PGlite
 * (which has no ICU collation) as on a PostgreSQL server.
 */

/** Lower case, no diacritics, ligatures spelled out, punctuation as spaces. */
export function frenchSortKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Comparator for Array.prototype.sort in French order. */
export function compareFrench(a: string, b: string): number {
  return byteOrder(frenchSortKey(a), frenchSortKey(b)) || byteOrder(a, b);
}

/**
 * A copy of `items` in French order of `label(item)`; with `before`, items
 * are first ordered by it (a level, a status) and by name within each group.
 * Each key is computed once, so sorting thousands of rows stays cheap.
 */
export function sortFrench<T>(
  items: readonly T[],
  label: (item: T) => string,
  before?: (a: T, b: T) => number,
): T[] {
  return items
    .map((item) => ({ item, key: frenchSortKey(label(item)), raw: label(item) }))
    .sort(
      (x, y) => (before ? before(x.item, y.item) : 0) || byteOrder(x.key, y.key) || byteOrder(x.raw, y.raw),
    )
    .map(({ item }) => item);
}
