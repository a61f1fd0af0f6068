/**
 * French alphabetical order, the same everywhere a list is sorted: accents,
 * case and punctuation ignored at first ("Agefos-PME" before "ARDEC METAL",
 * "Délégation" before "DIRECCTE"), then the exact spelling as tie-break so
 * the order is total and stable.
 *
 * The database stores the same key with every named row (the generated
 * column `sortKey`, computed by the SQL function cmq_sort_key, which spells
 * out this file's folding table: migration 20261206141507_sort_keys), so a
 * list paginated by the database (`ORDER BY "sortKey"`, a `COLLATE "C"`
 * column compared byte by byte) and a list sorted here agree, on PGlite as on
 * a PostgreSQL server whatever its locale: the folding uses no locale, no
 * Unicode tables of the database (unaccent's rules differ between PostgreSQL
 * versions) and no collation. The migration's folding table was written
 * from FOLDING below: a change here needs a new migration.
 */

/** Letters spelled with two: ligatures and thorn. */
const LIGATURES: readonly (readonly [string, string])[] = [
  ["Œ", "oe"],
  ["œ", "oe"],
  ["Æ", "ae"],
  ["æ", "ae"],
  ["ß", "ss"],
  ["ẞ", "ss"],
  ["Ĳ", "ij"],
  ["ĳ", "ij"],
  ["Þ", "th"],
  ["þ", "th"],
];

/** Latin letters with a stroke or another mark that Unicode does not decompose. */
const UNDECOMPOSED = "ØøĐđÐðĦħıŁłĿŀŦŧſŊŋĸ";
const UNDECOMPOSED_BASES = "ooddddhhillllttsnnk";

/**
 * The one-for-one part of the folding: ASCII capitals to lower case, every
 * Latin letter whose canonical decomposition is an ASCII letter and accents
 * (Latin-1, Latin Extended-A and B, Latin Extended Additional) to that
 * letter in lower case, the letters above to their base: `from[i]`
 * becomes `to[i]` (SQL's translate()).
 */
function foldingTable(): { from: string; to: string } {
  let from = "";
  let to = "";
  for (let c = 0x41; c <= 0x5a; c++) {
    from += String.fromCharCode(c);
    to += String.fromCharCode(c + 32);
  }
  for (const [start, end] of [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ]) {
    for (let c = start; c <= end; c++) {
      const letter = String.fromCharCode(c);
      const base = letter.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      if (/^[A-Za-z]$/.test(base) && base !== letter) {
        from += letter;
        to += base.toLowerCase();
      }
    }
  }
  return { from: from + UNDECOMPOSED, to: to + UNDECOMPOSED_BASES };
}

export const FOLDING = { ligatures: LIGATURES, ...foldingTable() };

const FOLD = new Map<string, string>();
for (const [i, ch] of [...FOLDING.from].entries()) FOLD.set(ch, FOLDING.to[i]);
for (const [ligature, spelled] of LIGATURES) FOLD.set(ligature, spelled);

/** Combining accents (text typed decomposed: "e" then U+0301) are dropped first. */
const COMBINING = /[\u0300-\u036f]+/g;

/**
 * Lower-case ASCII letters and digits, words separated by one space:
 * "Sainte-Hélène — Lycée d'Été" → "sainte helene lycee d ete". Characters
 * outside the folding table (other scripts, symbols) separate words.
 */
export function frenchSortKey(text: string): string {
  let folded = "";
  for (const ch of text.replace(COMBINING, "")) folded += FOLD.get(ch) ?? ch;
  return folded.replace(/[^a-z0-9]+/g, " ").trim();
}

/** What the `sortKey` column holds: the key, then the exact spelling after U+0001 (below any key character). */
export function storedSortKey(text: string): string {
  return `${frenchSortKey(text)}\u0001${text}`;
}

/**
 * Code point order, which is the byte order of UTF-8 (`COLLATE "C"`): it
 * differs from JavaScript's code unit order only between characters above
 * U+FFFF (surrogate pairs) and U+E000–U+FFFF.
 */
function codePointOrder(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

/** Comparator for Array.prototype.sort in French order. */
export function compareFrench(a: string, b: string): number {
  return codePointOrder(storedSortKey(a), storedSortKey(b));
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
    .map((item) => ({ item, key: storedSortKey(label(item)) }))
    .sort((x, y) => (before ? before(x.item, y.item) : 0) || codePointOrder(x.key, y.key))
    .map(({ item }) => item);
}
